import { documentTokens, indexedText, queryTokens, FIELD_GAP } from '../search-tokens';

describe('search tokens', () => {
  it('indexes a Han run as its pairs and its last character', () => {
    expect(documentTokens('优化营商环境')).toEqual(['优化', '化营', '营商', '商环', '环境', '境']);
    expect(documentTokens('营')).toEqual(['营']);
  });

  it('splits at anything that is not a letter or digit, and lower-cases other scripts', () => {
    expect(documentTokens('5G网络，ＡＢＣ Strategy-2026')).toEqual([
      '5g',
      '网络',
      '络',
      'abc',
      'strategy',
      '2026',
    ]);
  });

  it('asks for a query as consecutive tokens, without the last Han character alone', () => {
    expect(queryTokens('营商环境')).toEqual(['营商', '商环', '环境']);
    expect(queryTokens('营')).toEqual(['营']);
    expect(queryTokens('网络5G')).toEqual(['网络', '络', '5g']);
    expect(queryTokens('  ，。')).toEqual([]);
  });

  it('puts a gap token between fields and skips empty ones', () => {
    expect(indexedText(['营商', null, '', 'ab'])).toBe(`营商 商 ${FIELD_GAP} ab`);
  });
});
