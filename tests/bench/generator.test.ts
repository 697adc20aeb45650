import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { superAdminJwt, bearer } from '../harness/callers';
import { generateDataSet, type DataSetTruth } from '../../scripts/bench/generate-data';

// The bulk generator's output must be what the app would have produced: the plugin's tally of it
// (admin endpoint and ledger verify) equals the ground truth the generator reports.
let app: TestApp;
let truth: DataSetTruth;
let jwt: string;

beforeAll(async () => {
  app = await startApp();
  truth = await generateDataSet(app.strapi, { items: 2000, campaigns: 3 });
  jwt = await superAdminJwt(app);
}, 300_000);
afterAll(stopApp);

describe('bench data generator', () => {
  it('writes the documents it reports, with draft-only and unpublished ones left out of the truth', () => {
    expect(truth.documents.article + truth.documents.episode + truth.documents.pledge).toBe(2000);
    const published = truth.campaigns.reduce((n, c) => n + c.totals.total, 0);
    expect(published).toBeGreaterThan(1500);
    expect(published).toBeLessThan(2000);
    expect(truth.rows).toBeGreaterThan(2000 + published - 1);
  });

  it('gives, per campaign, the admin tally the truth reports (type × month)', async () => {
    for (const campaign of truth.campaigns) {
      const res = await app
        .http()
        .get('/campaign-tally/tallies')
        .query({ campaign: campaign.slug, groupBy: 'type,period', period: 'month' })
        .set(bearer(jwt));
      expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({
        status: 200,
        body: null,
      });
      const rows = Object.fromEntries(
        (res.body.data.rows as Array<{ type: string; period: string; count: number }>).map((r) => [
          `${r.type}|${r.period}`,
          r.count,
        ])
      );
      expect(rows).toEqual(campaign.byTypeMonth);
      const { articles, episodes, pledges, total } = res.body.data.totals;
      expect({ article: articles, episode: episodes, pledge: pledges, total }).toEqual(
        campaign.totals
      );
    }
  });

  it('leaves a ledger that verify() finds equal to the content tables', async () => {
    const report = await app.strapi.plugin('campaign-tally').service('ledger').verify();
    expect(report.differences).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('stores every published document as a draft row plus a published row', async () => {
    const db = app.strapi.db.connection;
    const table = app.strapi.db.metadata.get('api::article.article').tableName;
    const orphans = await db(table)
      .whereNotNull('published_at')
      .whereNotExists(
        db(`${table} as d`)
          .select(1)
          .whereRaw(`d.document_id = ${table}.document_id`)
          .whereNull('d.published_at')
      );
    expect(orphans).toEqual([]);
  });
});
