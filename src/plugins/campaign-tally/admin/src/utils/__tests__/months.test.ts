import { monthsBetween, recentMonths } from '../months';

describe('the 考核 month choices', () => {
  it('start at last month and go back a year, across the new year', () => {
    const months = recentMonths(new Date(2026, 0, 15));
    expect(months[0]).toBe('2025-12');
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toBe('2025-01');
  });

  it("list a campaign's months newest first, and nothing for a range without dates", () => {
    expect(monthsBetween('2019-03-01', '2019-06-30')).toEqual([
      '2019-06',
      '2019-05',
      '2019-04',
      '2019-03',
    ]);
    expect(monthsBetween('2019-11-20', '2020-01-02')).toEqual(['2020-01', '2019-12', '2019-11']);
    expect(monthsBetween(null, '2019-06-30')).toEqual([]);
    expect(monthsBetween('2019-07-01', '2019-06-30')).toEqual([]);
  });
});
