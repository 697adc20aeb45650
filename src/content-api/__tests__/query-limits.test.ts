import { populateDepth } from '../query-limits';

describe('populateDepth', () => {
  it('is 0 without populate and 1 for * or a flat list', () => {
    expect(populateDepth(undefined)).toBe(0);
    expect(populateDepth('*')).toBe(1);
    expect(populateDepth('cover,column')).toBe(1);
    expect(populateDepth(['cover', 'column'])).toBe(1);
  });

  it('counts dotted paths and nested objects', () => {
    expect(populateDepth('column.campaign.articles')).toBe(3);
    expect(
      populateDepth({ column: { populate: { campaign: { populate: { articles: true } } } } })
    ).toBe(3);
    expect(populateDepth({ column: true, campaign: { populate: '*' } })).toBe(2);
  });

  it('counts dynamic-zone fragments at the level of their zone', () => {
    expect(populateDepth({ blocks: { on: { 'a.b': { populate: { c: true } } } } })).toBe(2);
  });
});
