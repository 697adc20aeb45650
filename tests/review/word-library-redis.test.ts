import Redis from 'ioredis';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { createDocument, CONTENT_TYPES } from '../harness/fixtures';
import { superAdminJwt, bearer } from '../harness/callers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `cms-test-${process.pid}-${Date.now()}:`;
const KEY = `${PREFIX}word-library:revision`;

let app: TestApp;
let redis: Redis;
let admin: Record<string, string>;

beforeAll(async () => {
  redis = new Redis(REDIS_URL);
  app = await startApp({ REDIS_URL, API_CACHE_REDIS_PREFIX: PREFIX });
  admin = bearer(await superAdminJwt(app));
});
afterAll(async () => {
  await stopApp();
  await redis.del(KEY);
  redis.disconnect();
  // The next suite in this worker must not inherit the Redis settings.
  delete process.env.REDIS_URL;
  delete process.env.API_CACHE_REDIS_PREFIX;
});

describe('错敏词库 with Redis: the revision every instance reads', () => {
  it('rebuilds when another instance moves the revision in Redis, and not before', async () => {
    const article = await createDocument(
      app,
      CONTENT_TYPES.article,
      {
        title: '跨实例词语',
        format: 'news',
      },
      { draft: true }
    );
    const check = async () =>
      (
        await app
          .http()
          .post(`/editorial-review/word-check/${CONTENT_TYPES.article}/${article.documentId}`)
          .set(admin)
          .send({})
          .expect(200)
      ).body.data.map((h: { word: string }) => h.word);
    expect(await check()).toEqual([]);
    const before = Number(await redis.get(KEY));
    // Another instance's write: the row lands in the shared database, the revision moves after.
    await app.strapi.db.connection('editorial_review_words').insert({
      document_id: 'yyyyyyyyyyyyyyyyyyyyyyyy',
      word: '跨实例',
      category: 'custom',
      level: 'warn',
      created_at: new Date(),
      updated_at: new Date(),
    });
    expect(await check()).toEqual([]);
    await redis.incr(KEY);
    expect(await check()).toEqual(['跨实例']);
    // A write through this instance moves the shared revision itself.
    await app
      .http()
      .post('/content-manager/collection-types/plugin::editorial-review.word')
      .set(admin)
      .send({ word: '词语', category: 'custom', level: 'block' })
      .expect(201);
    for (let i = 0; i < 50 && Number(await redis.get(KEY)) <= before + 1; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Number(await redis.get(KEY))).toBeGreaterThan(before + 1);
    expect(await check()).toEqual(['跨实例', '词语']);
  });
});
