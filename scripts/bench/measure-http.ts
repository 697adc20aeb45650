import autocannon from 'autocannon';
import type { DataSetTruth } from './generate-data';
import { peakRssDuring, rssMb } from './server-process';
import { p50, timeRuns } from './stats';

export const feedPath = (slug: string, page = 1) =>
  `/api/articles?filters[campaign][slug][$eq]=${encodeURIComponent(slug)}&sort=publishedAt:desc&pagination[page]=${page}&pagination[pageSize]=20`;

/** Distinct feed pages (campaign, page), the same list for the app and for raw SQL. */
export function coldPages(truth: DataSetTruth, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    slug: truth.campaigns[i % truth.campaigns.length].slug,
    page: 1 + ((i * 7) % 50),
  }));
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  const ok = result['2xx'];
  return { rps: ok / seconds, errors: result.errors + result.timeouts + result.non2xx };
}

async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  if (res.status !== 200)
    throw new Error(
      `bench: GET ${url} answered ${res.status}: ${Buffer.from(body).toString().slice(0, 300)}`
    );
  return body;
}

/** Logs the bench's super admin in; returns the Authorization header for admin routes. */
export async function adminAuth(base: string, admin: { email: string; password: string }) {
  const login = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const token = ((await login.json()) as { data?: { token?: string } }).data?.token;
  if (!token) throw new Error(`bench: admin login failed (${login.status})`);
  return { Authorization: `Bearer ${token}` };
}

export interface HttpFigures {
  tallyMs: number;
  /** The same grouping with measure=score, and the tally by reporter with points. */
  scoredTallyMs: number;
  reporterScoreMs: number;
  tallyRows: Array<{ type: string; period: string; count: number }>;
  feedRps: number;
  feedErrors: number;
  healthRps: number;
  coldMs: number;
  rssIdleMb: number;
  rssTallyMb: number;
  rssXlsxMb: number;
}

/** Everything measured over HTTP against the running server. */
export async function measureHttp(
  base: string,
  pid: number,
  truth: DataSetTruth,
  admin: { email: string; password: string },
  pages: Array<{ slug: string; page: number }>
): Promise<HttpFigures> {
  const auth = await adminAuth(base, admin);
  const slug = truth.campaigns[0].slug;
  const tallyUrl = `${base}/campaign-tally/tallies?campaign=${slug}&groupBy=type,period&period=month`;
  const rssIdleMb = rssMb(pid);
  let tallyRows: HttpFigures['tallyRows'] = [];
  let tallyRuns: number[] = [];
  const rssTallyMb = await peakRssDuring(pid, async () => {
    tallyRuns = await timeRuns(
      20,
      async () => {
        const body = JSON.parse(Buffer.from(await getJson(tallyUrl, auth)).toString()) as {
          data: { rows: HttpFigures['tallyRows'] };
        };
        tallyRows = body.data.rows;
      },
      2
    );
  });
  // A scoring rule with every kind of line, so the points expression is the real one.
  await fetch(`${base}/content-manager/collection-types/api::scoring-rule.scoring-rule`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: '压测计分规则',
      effectiveFrom: '2000-01-01',
      formatPoints: [
        { format: 'news', points: 10 },
        { format: 'commentary', points: 15 },
        { format: 'episode', points: 30 },
      ],
      outletFactors: [{ outlet: 'tv', factor: 1.2 }],
      placementFactors: [{ placement: 'headline', factor: 1.5 }],
      pickupBonuses: [{ level: 'national', points: 20 }],
    }),
  });
  const scoredTallyRuns = await timeRuns(20, () => getJson(`${tallyUrl}&measure=score`, auth), 2);
  const reporterScoreRuns = await timeRuns(
    20,
    () =>
      getJson(
        `${base}/campaign-tally/tallies?campaign=${slug}&groupBy=reporter,period&period=month&measure=score`,
        auth
      ),
    2
  );
  const rssXlsxMb = await peakRssDuring(pid, () =>
    getJson(
      `${base}/campaign-tally/export?campaign=${slug}&format=xlsx&groupBy=department,period&period=day`,
      auth
    )
  );

  const feed = await load(`${base}${feedPath(slug)}`, 10);
  const health = await load(`${base}/_health`, 10);

  const cold = await timeRuns(pages.length, (i) => {
    const { slug: s, page } = pages[Math.max(0, i)];
    // A page not used by the load test, and the response cache explicitly bypassed.
    return getJson(`${base}${feedPath(s, page)}`, { 'Cache-Control': 'no-cache' });
  });
  return {
    tallyMs: p50(tallyRuns),
    scoredTallyMs: p50(scoredTallyRuns),
    reporterScoreMs: p50(reporterScoreRuns),
    tallyRows,
    feedRps: feed.rps,
    feedErrors: feed.errors,
    healthRps: health.rps,
    coldMs: p50(cold),
    rssIdleMb,
    rssTallyMb,
    rssXlsxMb,
  };
}
