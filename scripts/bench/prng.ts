/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every run. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const token = (length: number) => Array.from({ length }, () => ALPHABET[int(36)]).join('');
  return { next, int, pick, token };
}

export type Random = ReturnType<typeof createRandom>;
