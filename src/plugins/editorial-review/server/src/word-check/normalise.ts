import * as OpenCC from 'opencc-js';

/**
 * Text as the matcher sees it, with the way back to the text as written: `origin[i]` is the
 * UTF-16 offset in the original of the normalised unit `i`.
 */
export interface NormalisedText {
  text: string;
  origin: number[];
}

// Traditional (any variant) to mainland simplified.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Character by character, remembered: a check reads each character once, and a newsroom's texts
 * use a few thousand characters. A character OpenCC maps to a longer string is kept as written, so
 * offsets stay one to one.
 */
const simplifiedOf = new Map<string, string>();
function simplified(char: string): string {
  let out = simplifiedOf.get(char);
  if (out === undefined) {
    const converted = toSimplified(char);
    out = converted.length === char.length ? converted : char;
    simplifiedOf.set(char, out);
  }
  return out;
}

/**
 * What may sit between the characters of a word without breaking it: spaces, punctuation,
 * symbols and format characters (zero-width spaces and joiners, the BOM, soft hyphens).
 */
const IGNORABLE = /[\s\p{P}\p{S}\p{Cf}]/u;

/** CJK Unified Ideographs: never ignorable, unchanged by NFKC and case; most of a story. */
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * Full-width to half-width and compatibility forms (NFKC), lower case, traditional to
 * simplified, and ignorable characters dropped, so that 最 佳, 最\u200b佳, ＡＢＣ and 國家級
 * match 最佳, abc and 国家级.
 */
export function normalise(input: string): NormalisedText {
  // Built as parts and joined once: a string grown by += is a rope, slow for the matcher to walk.
  const parts: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const char of input) {
    if (isHan(char.charCodeAt(0))) {
      parts.push(simplified(char));
      origin.push(offset);
    } else {
      for (const unit of char.normalize('NFKC').toLowerCase()) {
        if (IGNORABLE.test(unit)) continue;
        const out = simplified(unit);
        parts.push(out);
        for (let k = 0; k < out.length; k++) origin.push(offset);
      }
    }
    offset += char.length;
  }
  return { text: parts.join(''), origin };
}
