import { createMemoryStore } from '../cache-store';
import { countKey, stableKey } from '../count-cache';

describe('memory cache store', () => {
  it('returns what was stored under the current generation', async () => {
    const store = createMemoryStore(10);
    const { generation, value } = await store.lookup('a');
    expect(value).toBeNull();
    await store.store(generation, 'a', 'A', 60_000);
    expect((await store.lookup('a')).value).toBe('A');
  });

  it('never stores a value computed before an invalidation', async () => {
    const store = createMemoryStore(10);
    const { generation } = await store.lookup('a');
    await store.invalidate();
    await store.store(generation, 'a', 'stale', 60_000);
    expect((await store.lookup('a')).value).toBeNull();
  });

  it('drops everything on invalidation, expired entries, and the least recently used past the limit', async () => {
    const store = createMemoryStore(2);
    const g = (await store.lookup('x')).generation;
    await store.store(g, 'a', 'A', 60_000);
    await store.store(g, 'b', 'B', 60_000);
    await store.lookup('a');
    await store.store(g, 'c', 'C', 60_000);
    expect((await store.lookup('b')).value).toBeNull();
    expect((await store.lookup('a')).value).toBe('A');
    await store.store(g, 'old', 'O', -1);
    expect((await store.lookup('old')).value).toBeNull();
    await store.invalidate();
    expect((await store.lookup('a')).value).toBeNull();
  });
});

describe('count cache keys', () => {
  it('ignores paging, sort, populate and fields but not filters or status', () => {
    const base = { filters: { campaign: { slug: { $eq: 'x' } } }, status: 'published' };
    expect(
      countKey('api::article.article', { ...base, start: 0, limit: 20, sort: 'publishedAt:desc' })
    ).toBe(
      countKey('api::article.article', {
        ...base,
        start: 40,
        limit: 20,
        populate: '*',
        fields: ['title'],
      })
    );
    expect(countKey('api::article.article', base)).not.toBe(
      countKey('api::article.article', { ...base, status: 'draft' })
    );
    expect(countKey('api::article.article', base)).not.toBe(
      countKey('api::article.article', { ...base, filters: { campaign: { slug: { $eq: 'y' } } } })
    );
  });

  it('is independent of key order', () => {
    expect(stableKey({ a: 1, b: { d: [1, 2], c: null } })).toBe(
      stableKey({ b: { c: null, d: [1, 2] }, a: 1 })
    );
  });
});
