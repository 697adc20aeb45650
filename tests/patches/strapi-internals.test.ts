import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { backfillModule } from '../../src/patches/first-published-at-backfill';
import type { UidService } from '../../src/patches/pinyin-slugs-in-admin';
import { HELD_LINKS_MODEL } from '../../src/published-relations/held-links-model';
import { APP_READ_SCOPE_POLICY } from '../../src/content-api/route-guards';
import { searchModule } from '../../src/patches/indexed-search';
import { linkOrderIndexes } from '../../src/patches/link-order-indexes';
import { isPostgres } from '../harness/test-database';

/**
 * Every patch of Strapi's internals (src/patches) and every use of an internal shape, checked
 * against the installed Strapi: when an upgrade moves or reshapes a target, this suite fails
 * instead of the patch going silently missing.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(stopApp);

describe('patched Strapi internals (written for 5.54)', () => {
  it("finds @strapi/core's firstPublishedAt back-fill module with its enable()", () => {
    const module = backfillModule() as { enable: unknown } & Record<symbol, unknown>;
    expect(typeof module.enable).toBe('function');
    expect(module[Symbol.for('campaign-cms.first-published-at-backfill')]).toBe(true);
  });

  it('finds strapi.destroy and strapi.db.destroy on their classes, wrapped by the app', () => {
    const strapi = app.strapi as unknown as { destroy: unknown; db: { destroy: unknown } };
    expect(typeof Object.getPrototypeOf(strapi).destroy).toBe('function');
    expect(typeof Object.getPrototypeOf(strapi.db).destroy).toBe('function');
    // The app's wrappers are own properties in front of the class methods.
    expect(Object.prototype.hasOwnProperty.call(strapi, 'destroy')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(strapi.db, 'destroy')).toBe(true);
  });

  it("finds the content manager's uid service and proposes pinyin slugs through it", async () => {
    const uid = app.strapi.plugin('content-manager').service('uid') as UidService;
    expect(typeof uid.generateUIDField).toBe('function');
    const slug = await uid.generateUIDField({
      contentTypeUID: 'api::article.article',
      field: 'slug',
      data: { title: '优化营商环境' },
    });
    expect(slug).toBe('you-hua-ying-shang-huan-jing');
  });

  it('finds the internal models registry holding the held-links table, and the table exists', async () => {
    const models = (app.strapi.get('models') as { get(): Array<{ uid: string }> }).get();
    expect(models.map((m) => m.uid)).toContain(HELD_LINKS_MODEL.uid);
    expect(await app.strapi.db.connection.schema.hasTable(HELD_LINKS_MODEL.tableName)).toBe(true);
  });

  it('decorated every content-API route it found with the read-only scope policy', () => {
    type Router = {
      type?: string;
      routes?: Array<{ path: string; config?: { policies?: unknown[] } }>;
    };
    const holders = [
      ...Object.values(app.strapi.apis).map((api) => [api, true] as const),
      ...Object.values(app.strapi.plugins).map((plugin) => [plugin, false] as const),
    ];
    const routes = holders.flatMap(([holder, isApi]) => {
      const routers = (holder as { routes?: Record<string, Router> | unknown[] }).routes;
      if (!routers || Array.isArray(routers)) return [];
      return Object.values(routers)
        .filter((r) => isApi || r.type === 'content-api')
        .flatMap((r) => r.routes ?? []);
    });
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes)
      expect([route.path, route.config?.policies]).toEqual([
        route.path,
        expect.arrayContaining([APP_READ_SCOPE_POLICY]),
      ]);
  });

  it("finds @strapi/database's search helper, wrapped by the app", () => {
    const module = searchModule();
    expect(typeof module.applySearch).toBe('function');
    expect(module[Symbol.for('campaign-cms.indexed-search')]).toBe(true);
  });

  it('gave every link table with an inverse position its (target, position) index', async () => {
    const metadata = app.strapi.db.metadata as unknown as Parameters<typeof linkOrderIndexes>[0];
    const wanted = linkOrderIndexes(metadata);
    expect(wanted.map((i) => i.table)).toEqual(
      expect.arrayContaining([
        'articles_campaign_lnk',
        'articles_column_lnk',
        'articles_departments_lnk',
      ])
    );
    const knex = app.strapi.db.connection;
    const names = isPostgres()
      ? (
          (await knex.raw(`SELECT indexname AS name FROM pg_indexes`)) as {
            rows: Array<{ name: string }>;
          }
        ).rows
      : ((await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'index'`)) as Array<{
          name: string;
        }>);
    const present = new Set(names.map((r) => r.name));
    expect(wanted.filter((i) => !present.has(i.name))).toEqual([]);
  });
});
