/**
 * Words for the content manager's search index, the way CJK search engines index Chinese
 * (Lucene's CJKBigramFilter): Chinese has no spaces, so each run of Han characters becomes its
 * overlapping pairs (优化营商 → 优化 化营 营商) plus its last character alone, and every other run
 * of letters or digits is one lower-cased word. Any substring of Han text is then a phrase of
 * consecutive tokens, and one Han character is a prefix of a token, so a search finds what
 * Strapi's `LIKE '%…%'` found in Chinese text, but from an index. Latin words match by prefix.
 */

const RUNS = /[\p{L}\p{N}]+/gu;
const SEGMENTS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;

/** Separates two fields' tokens, so that no phrase spans a field boundary. */
export const FIELD_GAP = 'sep0';

function segments(text: string): Array<{ han: boolean; text: string }> {
  const out: Array<{ han: boolean; text: string }> = [];
  for (const run of text.normalize('NFKC').toLowerCase().match(RUNS) ?? [])
    for (const segment of run.match(SEGMENTS) ?? [])
      out.push({ han: HAN.test(segment), text: segment });
  return out;
}

function hanTokens(chars: string[], withLast: boolean): string[] {
  if (chars.length === 1) return [chars[0]];
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return withLast ? [...pairs, chars[chars.length - 1]] : pairs;
}

/** The tokens one field's text is indexed under. */
export function documentTokens(text: string): string[] {
  return segments(text).flatMap((s) => (s.han ? hanTokens([...s.text], true) : [s.text]));
}

/** The text a row is indexed under: its fields' tokens, a gap token between fields. */
export function indexedText(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .filter((f): f is string => typeof f === 'string' && f.length > 0)
    .map((f) => documentTokens(f).join(' '))
    .filter((t) => t.length > 0)
    .join(` ${FIELD_GAP} `);
}

/**
 * The tokens a search must find consecutively, the last one as a prefix. The last Han segment
 * drops its lone last character (it is inside the pair before it); a query of one Han character
 * is that character, matched as a prefix of a pair or alone at the end of a run. Empty when the
 * query has no letter or digit.
 */
export function queryTokens(query: string): string[] {
  const parts = segments(query);
  return parts.flatMap((s, i) => (s.han ? hanTokens([...s.text], i < parts.length - 1) : [s.text]));
}
