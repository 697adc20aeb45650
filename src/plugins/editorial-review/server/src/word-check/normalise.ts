import * as OpenCC from 'opencc-js';

/**
 * Text as the matcher sees it, with the way back to the text as written: `origin[i]` is the
 * UTF-16 offset in the original of the normalised unit `i`.
 */
export interface NormalisedText {
  text: string;
  origin: number[];
}

// Traditional (any variant) to mainland simplified, character for character.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * What may sit between the characters of a word without breaking it: spaces, punctuation,
 * symbols and format characters (zero-width spaces and joiners, the BOM, soft hyphens).
 */
const IGNORABLE = /[\s\p{P}\p{S}\p{Cf}]/u;

/**
 * Full-width to half-width and compatibility forms (NFKC), lower case, traditional to
 * simplified, and ignorable characters dropped, so that 最 佳, 最\u200b佳, ＡＢＣ and 國家級
 * match 最佳, abc and 国家级.
 */
export function normalise(input: string): NormalisedText {
  const units: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const char of input) {
    const folded = char.normalize('NFKC').toLowerCase();
    for (const unit of folded) {
      if (IGNORABLE.test(unit)) continue;
      for (let k = 0; k < unit.length; k++) {
        units.push(unit[k]);
        origin.push(offset);
      }
    }
    offset += char.length;
  }
  const folded = units.join('');
  const simplified = toSimplified(folded);
  // OpenCC maps a few phrases to ones of another length; then convert unit by unit instead.
  if (simplified.length === folded.length) return { text: simplified, origin };
  return {
    text: units.map((u) => (toSimplified(u).length === 1 ? toSimplified(u) : u)).join(''),
    origin,
  };
}

/** The form a library word is stored and matched in. */
export const normaliseWord = (word: string) => normalise(word).text;
