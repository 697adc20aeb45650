import path from 'path';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createDocument } from '../harness/fixtures';
import { ROOT } from '../harness/test-database';

/**
 * A new dimension is one record in shared/dimensions.ts. This suite adds one, 栏目名称
 * (the special column's name, as it is), to the registry of the compiled plugin before Strapi
 * loads it (the same module instance the plugin then imports), and finds it in the ledger's
 * schema, the tally, the exports and the CLI, with nothing else changed.
 */
const DIST = path.join(ROOT, 'src', 'plugins', 'campaign-tally', 'dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const registry = require(path.join(DIST, 'shared', 'dimensions.js')) as {
  DIMENSION_RECORDS: unknown[];
};
registry.DIMENSION_RECORDS.push({
  key: 'columnName',
  kind: 'ledger',
  label: '栏目名称',
  none: '未设栏目名',
  ledger: {
    column: 'column_name',
    attribute: 'columnName',
    maxLength: 100,
    source: 'COALESCE(col.name, hcol.name)',
    requires: 'column',
  },
  values: {},
});

let app: TestApp;
let admin: Record<string, string>;
let slug: string;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
  const campaign = await createDocument(app, CONTENT_TYPES.campaign, { name: '新维度活动' });
  slug = campaign.slug as string;
  for (const [name, placement] of [
    ['头条专栏', 'headline'],
    ['一般专栏', 'regular'],
  ]) {
    const column = await createDocument(app, CONTENT_TYPES.column, {
      name,
      outlet: 'app',
      placement,
      campaign: campaign.documentId,
    });
    await createDocument(app, CONTENT_TYPES.article, {
      title: `${name}稿件`,
      format: 'news',
      column: column.documentId,
    });
  }
  await createDocument(app, CONTENT_TYPES.episode, {
    title: '无栏目的问政',
    programme: '张店民声',
    number: 1,
    airDate: '2019-05-01',
    campaign: campaign.documentId,
  });
});
afterAll(stopApp);

describe('a dimension added to the registry only', () => {
  it('gets its ledger column and is tallied, labelled and verified', async () => {
    const res = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: slug, groupBy: 'columnName,type' })
      .set(admin);
    expect(res.status).toBe(200);
    const rows = res.body.data.rows.map((r: Record<string, unknown>) => [
      r.columnName,
      (r.labels as Record<string, string>).columnName,
      r.type,
      r.count,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['头条专栏', '头条专栏', 'article', 1],
        ['一般专栏', '一般专栏', 'article', 1],
        [null, '未设栏目名', 'episode', 1],
      ])
    );
    const report = await app.strapi.plugin('campaign-tally').service('ledger').verify();
    expect(report.differences).toEqual([]);
  });

  it('is refused nowhere and appears in the CSV export under its Chinese header', async () => {
    const res = await app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: slug, groupBy: 'columnName', format: 'csv' })
      .set(admin);
    expect(res.status).toBe(200);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('栏目名称,已发布数量');
    expect(lines).toEqual(expect.arrayContaining(['头条专栏,1', '一般专栏,1', '未设栏目名,1']));
  });

  it('is offered and tallied by the CLI', async () => {
    // The CLI's own boot is covered by cli.test.ts; here its command runs on this test's Strapi,
    // which holds the added dimension.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cli = require(path.join(DIST, 'server', 'src', 'cli', 'tally-cli.js')) as {
      main(argv: string[], opts: object): Promise<number>;
      runCommand(strapi: unknown, args: unknown, out: object): Promise<number>;
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseCliArgs } = require(path.join(DIST, 'server', 'src', 'cli', 'cli-args.js')) as {
      parseCliArgs(argv: string[]): unknown;
    };
    let out = '';
    const stdout = { write: (text: string) => (out += text) };
    expect(await cli.main(['--help'], { appDir: ROOT, stdout })).toBe(0);
    expect(out).toMatch(/columnName/);
    out = '';
    const args = parseCliArgs(['--campaign', slug, '--group-by', 'columnName', '--format', 'csv']);
    expect(await cli.runCommand(app.strapi, args, stdout)).toBe(0);
    expect(out).toContain('栏目名称,已发布数量');
    expect(out).toContain('头条专栏,1');
  });
});
