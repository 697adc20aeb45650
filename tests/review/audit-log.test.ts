import ExcelJS from 'exceljs';
import { isPostgres } from '../harness/test-database';
import { restartApp, startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { superAdminJwt, bearer, binary } from '../harness/callers';
import { createCampaignWithColumn } from '../harness/fixtures';
import { ARTICLE, CM, newsroom, type Newsroom } from './newsroom';

const TABLE = 'editorial_review_audit';
const AUDIT_UID = 'plugin::editorial-review.audit-entry';
const DAY = 86_400_000;

let app: TestApp;
let people: Newsroom;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startApp({
    REVIEW_LEVELS: 'article:3,episode:3,pledge:2',
    AUDIT_RETENTION_DAYS: '30',
  });
  people = await newsroom(app);
  admin = bearer(await superAdminJwt(app));
});
afterAll(stopApp);

/**
 * The message a write was refused with, or 'allowed'. Read from the error itself: the driver's
 * errors can come from outside jest's realm, where rejects.toThrow does not see them as errors.
 */
const refusalOf = (write: PromiseLike<unknown>) =>
  Promise.resolve(write).then(
    () => 'allowed',
    (error: unknown) => String((error as { message?: unknown })?.message ?? error)
  );

const rows = () => app.strapi.db.connection(TABLE).select('*').orderBy('id');

async function someEntries(): Promise<string> {
  const { campaign } = await createCampaignWithColumn(app, `日志测试活动${Date.now()}`);
  const created = await app
    .http()
    .post(CM(ARTICLE))
    .set(people.reporter.auth)
    .send({
      title: '操作日志测试',
      format: 'news',
      campaign: { connect: [{ documentId: campaign.documentId }] },
    })
    .expect(201);
  const id = created.body.data.documentId as string;
  await app
    .http()
    .put(`${CM(ARTICLE)}/${id}`)
    .set(people.reporter.auth)
    .send({ title: '操作日志测试（改）', summary: '新摘要' })
    .expect(200);
  return id;
}

describe('操作日志: append-only', () => {
  it('records who changed which fields, with the title before and after', async () => {
    const id = await someEntries();
    const entries = (await rows()).filter(
      (r: { item_document_id: string }) => r.item_document_id === id
    );
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({
      user_name: '张记者',
      roles: '记者',
      origin: 'admin',
      fields: 'summary,title',
      title_before: '操作日志测试',
      title_after: '操作日志测试（改）',
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await someEntries();
    const before = await rows();
    const knex = app.strapi.db.connection;
    expect(await refusalOf(knex(TABLE).update({ user_name: '篡改' }))).toMatch(/append-only/);
    expect(await refusalOf(knex(TABLE).where('id', before[0].id).delete())).toMatch(/append-only/);
    expect(
      await refusalOf(
        app.strapi.db
          .query(AUDIT_UID as never)
          .update({ where: { id: before[0].id }, data: { detail: 'x' } })
      )
    ).toMatch(/append-only/);
    expect(await refusalOf(app.strapi.db.query(AUDIT_UID as never).deleteMany({}))).toMatch(
      /append-only/
    );
    if (isPostgres()) expect(await refusalOf(knex.raw(`TRUNCATE ${TABLE}`))).toMatch(/append-only/);
    expect(await rows()).toEqual(before);
  });

  it('offers no route that changes an entry, in its own API or the content manager', async () => {
    await someEntries();
    const before = await rows();
    const id = before[0].id;
    for (const [method, path] of [
      ['put', `/editorial-review/audit/${id}`],
      ['delete', `/editorial-review/audit/${id}`],
      ['post', '/editorial-review/audit'],
      ['delete', '/editorial-review/audit'],
      ['put', `/content-manager/collection-types/${AUDIT_UID}/${id}`],
      ['delete', `/content-manager/collection-types/${AUDIT_UID}/${id}`],
      ['post', `/content-manager/collection-types/${AUDIT_UID}/actions/bulkDelete`],
      ['post', `/content-manager/collection-types/${AUDIT_UID}`],
    ] as const) {
      const http = app.http();
      const res = await http[method](path)
        .set(admin)
        .send({ documentIds: [String(id)], detail: 'x' });
      expect([method, path, res.status >= 400 && res.status < 500]).toEqual([method, path, true]);
    }
    expect(await rows()).toEqual(before);
  });

  it('lets the retention purge delete only entries past the retention', async () => {
    const knex = app.strapi.db.connection;
    const old = {
      occurred_at: Date.now() - 31 * DAY,
      origin: 'system',
      action: 'update',
      detail: '过期的日志',
    };
    const young = {
      occurred_at: Date.now() - 29 * DAY,
      origin: 'system',
      action: 'update',
      detail: '未过期的日志',
    };
    await knex(TABLE).insert([old, young]);
    expect(await refusalOf(knex(TABLE).where({ detail: '未过期的日志' }).delete())).toMatch(
      /append-only/
    );
    // The purge runs at boot and daily.
    app = await restartApp();
    const details = (await rows()).map((r: { detail: string | null }) => r.detail);
    expect(details).toContain('未过期的日志');
    expect(details).not.toContain('过期的日志');
  });

  it('lists newest first with filters and keyset pages, and exports CSV and XLSX in Chinese', async () => {
    const id = await someEntries();
    const first = await app
      .http()
      .get('/editorial-review/audit')
      .query({ limit: 1, documentId: id })
      .set(people.director.auth)
      .expect(200);
    expect(first.body.data).toHaveLength(1);
    expect(first.body.data[0]).toMatchObject({
      action: 'update',
      documentId: id,
      fields: ['summary', 'title'],
      fieldLabels: ['摘要', '标题'],
    });
    const next = await app
      .http()
      .get('/editorial-review/audit')
      .query({ limit: 1, documentId: id, before: first.body.meta.next })
      .set(people.director.auth)
      .expect(200);
    expect(next.body.data[0].action).toBe('create');
    // The second page holds the last entry, so it says there is no next page.
    expect(next.body.meta.next).toBeNull();
    const past = await app
      .http()
      .get('/editorial-review/audit')
      .query({ limit: 1, documentId: id, before: next.body.data[0].id })
      .set(people.director.auth)
      .expect(200);
    expect(past.body).toEqual({ data: [], meta: { next: null } });
    expect(
      (
        await app
          .http()
          .get('/editorial-review/audit')
          .query({ action: 'update', userId: people.reporter.id })
          .set(people.director.auth)
      ).body.data.every(
        (e: { action: string; userId: number }) =>
          e.action === 'update' && e.userId === people.reporter.id
      )
    ).toBe(true);

    const csv = await app
      .http()
      .get('/editorial-review/audit/export')
      .query({ format: 'csv', documentId: id })
      .set(people.director.auth)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      '编号,时间,操作人,角色,IP,途径,操作,类型,文档编号,修改字段,修改前标题,修改后标题,说明'
    );
    expect(lines[1]).toContain('张记者,记者');
    expect(lines[1]).toContain('管理后台,修改');

    const xlsx = await app
      .http()
      .get('/editorial-review/audit/export')
      .query({ documentId: id })
      .set(people.director.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = book.getWorksheet('操作日志')!;
    expect(sheet.getRow(2).getCell(7).value).toBe('修改');
    // Fields by the labels of the edit form, as an editor reads them.
    expect(sheet.getRow(2).getCell(10).value).toBe('摘要、标题');
  });

  it('is read by those with the right only, and bad filters are a 400 naming them', async () => {
    expect((await app.http().get('/editorial-review/audit').set(people.reporter.auth)).status).toBe(
      403
    );
    expect((await app.http().get('/editorial-review/audit').set(people.editor.auth)).status).toBe(
      403
    );
    expect((await app.http().get('/editorial-review/audit')).status).toBe(401);
    const bad = await app
      .http()
      .get('/editorial-review/audit')
      .query({ from: '2024-13-99x' })
      .set(people.director.auth);
    expect(bad.status).toBe(400);
    const unknown = await app
      .http()
      .get('/editorial-review/audit')
      .query({ sort: 'id' })
      .set(people.director.auth);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('sort');
  });
});
