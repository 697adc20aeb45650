import type { Knex } from 'knex';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';
import { isPostgres } from '../harness/test-database';

/**
 * The queries behind an editor's everyday actions, read from the database's own plans instead
 * of timed: a lookup that scans a content table grows with the archive, however fast it is on a
 * small one. Every statement run while the content manager saves, publishes, unpublishes,
 * deletes, lists and opens an article is captured and explained; none may scan the articles or
 * slug-bearing tables. PostgreSQL's planner prefers a scan on small tables, so its plans are
 * taken with enable_seqscan and enable_sort off: a scan or a sort then means no index can serve
 * the predicate or the order.
 */
const CM = '/content-manager/collection-types/api::article.article';
const WATCHED = ['articles', 'campaigns', 'special_columns', 'episodes', 'pledges', 'departments'];

let app: TestApp;
let admin: Record<string, string>;
let columnId = '';

interface Captured {
  sql: string;
  bindings: readonly Knex.RawBinding[];
}

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
  const { column } = await createCampaignWithColumn(app, '查询计划活动');
  columnId = column.documentId;
  for (let i = 0; i < 3; i += 1) {
    await createDocument(app, CONTENT_TYPES.article, {
      title: `查询计划稿件${i}`,
      format: 'news',
      column: columnId,
    });
  }
});
afterAll(stopApp);

/** Runs `action` and returns every SQL statement it sent that reads a watched table. */
async function statementsOf(action: () => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  const listener = (q: { sql: string; bindings?: readonly Knex.RawBinding[] }) => {
    if (!/^\s*(select|update|delete)/i.test(q.sql)) return;
    if (!WATCHED.some((t) => new RegExp(`["\`]${t}["\`]`).test(q.sql))) return;
    captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
  };
  app.strapi.db.connection.on('query', listener);
  try {
    await action();
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
  return captured;
}

/** PostgreSQL's plan lines of a captured statement, with planner switches set off for it. */
async function postgresPlan({ sql, bindings }: Captured, switchesOff: string[]): Promise<string[]> {
  type Plan = { rows: Array<{ 'QUERY PLAN': string }> };
  const plan: Plan = await app.strapi.db.connection.transaction(async (trx) => {
    for (const name of switchesOff) await trx.raw(`SET LOCAL ${name} = off`);
    // The event carries PostgreSQL's own $n placeholders; knex.raw takes ? in order.
    const ordered: Knex.RawBinding[] = [];
    const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
      ordered.push(bindings[Number(n) - 1]);
      return '?';
    });
    return (await trx.raw(`EXPLAIN ${text}`, ordered)) as Plan;
  });
  return plan.rows.map((r) => r['QUERY PLAN']);
}

/** The watched tables a statement reads by scanning them whole. */
async function scannedTables({ sql, bindings }: Captured): Promise<string[]> {
  const knex = app.strapi.db.connection;
  if (isPostgres()) {
    const lines = await postgresPlan({ sql, bindings }, ['enable_seqscan', 'enable_sort']);
    // A page sorted whole ("Sort" under the Limit, not "Incremental Sort") counts as a scan.
    const isPage = /order by/i.test(sql) && /\blimit\b/i.test(sql);
    const sortsAll = isPage && lines.some((l) => /^(\s*->\s*)?Sort\b/.test(l));
    return WATCHED.filter((t) =>
      lines.some(
        (l) => new RegExp(`Seq Scan on ${t}\\b`).test(l) || (sortsAll && l.includes(` on ${t} `))
      )
    );
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as Array<{
    detail: string;
  }>;
  // "SEARCH … USING INDEX" looks rows up. "SCAN t" reads every row; "SCAN t USING INDEX" walks
  // a whole index, fine only when it yields the order and a LIMIT stops it. A page (ORDER BY …
  // LIMIT) must come in index order: sorting all matches first ("TEMP B-TREE FOR ORDER BY", not
  // "FOR RIGHT PART OF ORDER BY") sorts every draft of the type at 1M documents.
  const details = rows.map((r) => r.detail);
  const scans = details.filter((d) => /^SCAN /.test(d));
  const isPage = /order by/i.test(sql) && /\blimit\b/i.test(sql);
  const sortsAll = details.some((d) => /USE TEMP B-TREE FOR ORDER BY/.test(d));
  const fullScan = scans.some((d) => !/INDEX/.test(d));
  const sortedScan = scans.length > 0 && sortsAll;
  // A page's total needs every row counted; a count walks the smallest index, not the rows.
  const countsAll = /^\s*select count\(/i.test(sql);
  if (countsAll || !(fullScan || sortedScan || (isPage && sortsAll))) return [];
  return WATCHED.filter((t) => new RegExp(`from ["\`]${t}["\`]`).test(sql));
}

async function expectNoScans(label: string, action: () => Promise<unknown>) {
  const statements = await statementsOf(action);
  expect(statements.length).toBeGreaterThan(0);
  const scans: string[] = [];
  for (const statement of statements) {
    const tables = await scannedTables(statement);
    if (tables.length > 0) scans.push(`${label}: scans ${tables.join(', ')}: ${statement.sql}`);
  }
  expect(scans).toEqual([]);
}

describe("an editor's actions read content tables through indexes only", () => {
  it('create with an empty slug (the slug is made from the title and must be free)', async () => {
    await expectNoScans('create', () =>
      app
        .http()
        .post(CM)
        .set(admin)
        .send({ title: '查询计划稿件0', format: 'news', column: columnId })
        .expect(201)
    );
  });

  it('save an existing draft, with its slug, and publish it', async () => {
    const created = await app
      .http()
      .post(CM)
      .set(admin)
      .send({ title: '查询计划保存', format: 'news', column: columnId })
      .expect(201);
    const { documentId, slug } = created.body.data;
    await expectNoScans('save', () =>
      app
        .http()
        .put(`${CM}/${documentId}`)
        .set(admin)
        .send({ title: '查询计划保存改', slug, format: 'news', column: columnId })
        .expect(200)
    );
    await expectNoScans('publish', () =>
      app.http().post(`${CM}/${documentId}/actions/publish`).set(admin).send({}).expect(200)
    );
    await expectNoScans('unpublish', () =>
      app.http().post(`${CM}/${documentId}/actions/unpublish`).set(admin).send({}).expect(200)
    );
    await expectNoScans('edit view', () =>
      app.http().get(`${CM}/${documentId}`).set(admin).expect(200)
    );
    await expectNoScans('list view', () =>
      app.http().get(`${CM}?page=1&pageSize=10&sort=updatedAt:DESC`).set(admin).expect(200)
    );
    await expectNoScans('list search', () =>
      app
        .http()
        .get(`${CM}?page=1&pageSize=10&sort=updatedAt:DESC&_q=${encodeURIComponent('计划')}`)
        .set(admin)
        .expect(200)
    );
    await expectNoScans('delete', () =>
      app.http().delete(`${CM}/${documentId}`).set(admin).expect(200)
    );
  });

  it("reads a new link's position from the link table's (target, position) index", async () => {
    // Strapi places a new link last in its target's list with max(position) per target
    // (src/patches/link-order-indexes.ts); without the index that reads every link of the campaign.
    const captured: Captured[] = [];
    const listener = (q: { sql: string; bindings?: readonly Knex.RawBinding[] }) => {
      if (/max\(/i.test(q.sql) && /_lnk["`]/.test(q.sql))
        captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
    };
    app.strapi.db.connection.on('query', listener);
    try {
      await app
        .http()
        .post(CM)
        .set(admin)
        .send({ title: '查询计划链接', format: 'news', column: columnId })
        .expect(201);
    } finally {
      app.strapi.db.connection.off('query', listener);
    }
    expect(captured.length).toBeGreaterThan(0);
    const knex = app.strapi.db.connection;
    for (const { sql, bindings } of captured) {
      if (isPostgres()) {
        const lines = await postgresPlan({ sql, bindings }, [
          'enable_seqscan',
          'enable_bitmapscan',
        ]);
        expect([sql, lines.some((l) => /Index Only Scan using \w+_inv_ord_idx/.test(l))]).toEqual([
          sql,
          true,
        ]);
      } else {
        const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as Array<{
          detail: string;
        }>;
        expect([sql, rows.map((r) => r.detail).join(' | ')]).toEqual([
          sql,
          expect.stringMatching(/USING COVERING INDEX \w+_inv_ord_idx/),
        ]);
      }
    }
  });
});
