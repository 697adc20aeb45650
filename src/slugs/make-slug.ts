import { pinyin } from 'pinyin-pro';
import slugify from 'slugify';

/** Longest slug we generate; long headlines are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Turns a title into an ASCII, lower-case slug: Chinese characters become toneless pinyin
 * syllables joined by hyphens (优化营商环境 → you-hua-ying-shang-huan-jing), Latin words and
 * digits are kept, punctuation is dropped. Returns '' when nothing sluggable is left.
 */
export function makeSlug(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const syllables = pinyin(text.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  });
  // slugify spells some symbols out ("|" → "or", "<" → "less"); a headline's separators are
  // punctuation, not words, so everything but letters, digits, "&" and "%" goes first.
  const words = syllables.join(' ').replace(/[^\p{L}\p{N}&%]+/gu, ' ');
  const slug = slugify(words, { lower: true, strict: true, trim: true });
  return truncateAtHyphen(slug, maxLength);
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The n-th slug to try for `base`: base itself for 1, then base-2, base-3 … shortened to fit. */
export function slugCandidate(base: string, n: number, maxLength = MAX_SLUG_LENGTH): string {
  if (n === 1) return base;
  const suffix = `-${n}`;
  return `${truncateAtHyphen(base, maxLength - suffix.length)}${suffix}`;
}
