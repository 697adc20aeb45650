import { spawnSync } from 'child_process';
import path from 'path';
import { seedDemoCampaign } from '../../src/seed/seed-demo-campaign';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { ROOT } from '../harness/test-database';

let app: TestApp;
let slug: string;

/** Runs `npm run tally`'s launcher against the suite's database, with no server of its own. */
const runCli = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'tally.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 90_000,
  });

beforeAll(async () => {
  app = await startApp();
  await seedDemoCampaign(app.strapi);
  const campaign = await app.strapi.db.query('api::campaign.campaign').findOne({});
  slug = campaign.slug as string;
});
afterAll(stopApp);

describe('npm run tally (CLI)', () => {
  it('prints the same rows and totals as the admin API for the demo campaign', async () => {
    const jwt = await superAdminJwt(app);
    const api = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: slug, groupBy: 'type,period', period: 'month' })
      .set(bearer(jwt));
    expect(api.status).toBe(200);

    const cli = runCli([
      '--campaign',
      slug,
      '--group-by',
      'type,period',
      '--period',
      'month',
      '--format',
      'json',
    ]);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout);
    expect(printed.rows).toEqual(api.body.data.rows);
    expect(printed.totals).toEqual(api.body.data.totals);
    expect(printed.totals).toMatchObject({ articles: 76, episodes: 2, pledges: 30, total: 108 });
  });

  it('prints a readable table by default, and the ledger verifies', () => {
    const table = runCli(['--campaign', slug]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('合计 108：稿件 76，问政节目 2，部门承诺 30');
    const verify = runCli(['--verify']);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/ledger OK: 108 publications checked, 0 differences/);
  });

  it('answers bad arguments with the usage and a non-zero exit', () => {
    for (const args of [['--campaign', slug, '--period', 'fortnight'], ['--bogus'], []]) {
      const run = runCli(args);
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/--campaign/);
    }
    const unknown = runCli(['--campaign', 'no-such-campaign']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stdout + unknown.stderr).toMatch(/no-such-campaign/);
  });
});
