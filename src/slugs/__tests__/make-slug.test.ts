import { makeSlug, MAX_SLUG_LENGTH, slugCandidate } from '../make-slug';

describe('makeSlug', () => {
  it('turns pure Chinese into toneless pinyin syllables', () => {
    expect(makeSlug('优化营商环境')).toBe('you-hua-ying-shang-huan-jing');
  });

  it('keeps Latin words and digits in mixed titles', () => {
    expect(makeSlug('爱张店APP上线5G频道')).toBe('ai-zhang-dian-app-shang-xian-5g-pin-dao');
  });

  it('keeps digits and years', () => {
    expect(makeSlug('2024年第2期')).toBe('2024-nian-di-2-qi');
  });

  it('drops Chinese and ASCII punctuation', () => {
    expect(makeSlug('《张店民声》：问政！“回头看”')).toBe(
      'zhang-dian-min-sheng-wen-zheng-hui-tou-kan'
    );
  });

  it('treats separators such as ｜ and | as punctuation, not words', () => {
    expect(makeSlug('短视频｜《张店民声》问政')).toBe(
      'duan-shi-pin-zhang-dian-min-sheng-wen-zheng'
    );
    expect(makeSlug('A|B <C>')).toBe('a-b-c');
  });

  it('returns an empty string for punctuation only', () => {
    expect(makeSlug('！？。，、——……')).toBe('');
    expect(makeSlug('   ')).toBe('');
  });

  it('uses v for ü and stays ASCII lower case', () => {
    const slug = makeSlug('绿色发展 Green 律师');
    expect(slug).toBe('lv-se-fa-zhan-green-lv-shi');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('cuts very long titles at a hyphen, within the maximum length', () => {
    const title = '区融媒体中心优化营商环境大讨论大反思大提升工作总结'.repeat(5);
    const slug = makeSlug(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.startsWith('qu-rong-mei-ti-zhong-xin')).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
    expect(
      makeSlug(title)
        .split('-')
        .every((part) => part.length > 0)
    ).toBe(true);
  });
});

describe('slugCandidate', () => {
  it('is the base first, then numbers from 2 upwards', () => {
    expect([1, 2, 3].map((n) => slugCandidate('zhang-dian', n))).toEqual([
      'zhang-dian',
      'zhang-dian-2',
      'zhang-dian-3',
    ]);
  });

  it('gives long titles that only differ past the cut the same candidates, so they get numbers', () => {
    const long = '区融媒体中心优化营商环境大讨论大反思大提升工作专栏';
    const bases = [1, 2, 3].map((n) => makeSlug(`${long}${n}`));
    expect(new Set(bases).size).toBe(1);
    const candidates = [1, 2, 3].map((n) => slugCandidate(bases[0], n));
    expect(new Set(candidates).size).toBe(3);
    candidates.forEach((slug) => expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH));
  });

  it('keeps a numbered long slug within the maximum length', () => {
    const base = makeSlug('优化营商环境大讨论大反思大提升'.repeat(8));
    for (const n of [2, 10, 12345]) {
      const next = slugCandidate(base, n);
      expect(next.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(next).toMatch(new RegExp(`-${n}$`));
    }
  });
});
