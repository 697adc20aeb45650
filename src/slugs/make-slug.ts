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

/** Room kept for a numeric suffix ("-99999") when a long slug must be shortened to take one. */
const SUFFIX_ROOM = 6;

/**
 * What every slug firstFreeSlug can return for `base` starts with: look up taken slugs by this
 * prefix, not by `base`, because a long base is shortened before its number is added.
 */
export function slugCandidatePrefix(base: string, maxLength = MAX_SLUG_LENGTH): string {
  return base.length + SUFFIX_ROOM <= maxLength
    ? base
    : truncateAtHyphen(base, maxLength - SUFFIX_ROOM);
}

/**
 * Picks the first free slug among base, base-2, base-3 … given the slugs already taken that
 * start with base.
 */
export function firstFreeSlug(
  base: string,
  taken: Iterable<string>,
  maxLength = MAX_SLUG_LENGTH
): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${truncateAtHyphen(base, maxLength - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
