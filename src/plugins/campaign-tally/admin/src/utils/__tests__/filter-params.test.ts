import { DEFAULT_FILTERS, parseFilterParams, toFilterParams } from '../filter-params';

describe('filter params', () => {
  it('round-trips every choice through the URL', () => {
    const values = {
      campaign: 'zhuanxiang-2026',
      from: '2026-03-01',
      to: '2026-03-31',
      period: 'week' as const,
      dimensions: ['type' as const, 'column' as const],
      breakdown: 'column' as const,
    };
    const params = toFilterParams(values, new URLSearchParams());
    expect(params.toString()).toBe(
      'campaign=zhuanxiang-2026&from=2026-03-01&to=2026-03-31&period=week&groupBy=type%2Ccolumn&breakdown=column'
    );
    expect(parseFilterParams(params)).toEqual(values);
  });

  it('opens with the defaults when the URL says nothing', () => {
    expect(parseFilterParams(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
  });

  it('keeps an empty grouping apart from a missing one', () => {
    expect(parseFilterParams(new URLSearchParams('groupBy=')).dimensions).toEqual([]);
  });

  it('drops values the page does not know instead of sending them to the server', () => {
    const parsed = parseFilterParams(
      new URLSearchParams('period=year&groupBy=type,author,type&from=2026-3-1&breakdown=outlet')
    );
    expect(parsed.period).toBe('month');
    expect(parsed.dimensions).toEqual(['type']);
    expect(parsed.from).toBeNull();
    expect(parsed.breakdown).toBe('format');
  });

  it('keeps search params that are not the page choices', () => {
    const params = toFilterParams(DEFAULT_FILTERS, new URLSearchParams('plugins=x'));
    expect(params.get('plugins')).toBe('x');
    expect(params.has('campaign')).toBe(false);
  });
});
