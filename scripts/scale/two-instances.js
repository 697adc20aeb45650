#!/usr/bin/env node
'use strict';

/**
 * `npm run scale`: two `strapi start` instances on one PostgreSQL database, sharing the response
 * cache in Redis (REDIS_URL, default redis://127.0.0.1:6379; SCALE_REDIS=off for none).
 *  1. A publish or unpublish on one instance shows in the other's feed and totals, and how fast.
 *  2. A scheduled publish (strapi-plugin-publisher) that both instances hold a timer for (made
 *     on one, the other booted after) fires once: the due-action claim in config/plugins.ts lets
 *     one instance act, the other stands down.
 */
const {
  adminAuth,
  appTask,
  createDatabase,
  sleep,
  startServer,
} = require('../load/lib/app-process');

const CM = '/content-manager/collection-types/api::article.article';
const REDIS_URL =
  process.env.SCALE_REDIS === 'off' ? '' : process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const TIMEOUT_MS = 150000;

const getJson = async (url) => (await fetch(url)).json();

/** Polls until `check()` is true; returns the milliseconds it took, or null on timeout. */
async function msUntil(check) {
  const started = Date.now();
  while (Date.now() - started < TIMEOUT_MS) {
    if (await check()) return Date.now() - started;
    await sleep(100);
  }
  return null;
}

async function main() {
  const db = await createDatabase('cms_scale');
  const servers = [];
  try {
    await appTask(db, 'prepare');
    const env = {
      LOG_LEVEL: 'info',
      REDIS_URL,
      API_CACHE_REDIS_PREFIX: `cms:scale:${db.name}:`,
    };
    const a = await startServer(db, 1395, env);
    servers.push(a);
    const auth = await adminAuth(a.url);
    const slug = (await getJson(`${a.url}/api/campaigns`)).data[0].slug;
    const feed = (s) =>
      `${s.url}/api/articles?filters[campaign][slug][$eq]=${slug}&sort=firstPublishedAt:desc&pagination[pageSize]=20`;
    const totals = async (s) =>
      (await getJson(`${s.url}/api/campaign-tally/campaigns/${slug}/totals`)).data.totals.articles;
    const inFeed = async (s, documentId) =>
      (await getJson(feed(s))).data.some((x) => x.documentId === documentId);
    const act = async (s, documentId, action) => {
      const res = await fetch(`${s.url}${CM}/${documentId}/actions/${action}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (res.status !== 200)
        throw new Error(`${action} on ${s.url}: ${res.status} ${await res.text()}`);
    };
    const [newest, scheduled] = (await getJson(feed(a))).data.map((x) => x.documentId);

    let b = await startServer(db, 1396, env);
    servers.push(b);

    // 1. Visibility across instances; both caches warm first.
    const baseline = await totals(b);
    await inFeed(b, newest);
    await act(a, newest, 'unpublish');
    const unpublishSeenFeedMs = await msUntil(async () => !(await inFeed(b, newest)));
    const unpublishSeenTotalsMs = await msUntil(async () => (await totals(b)) === baseline - 1);
    await totals(a);
    await act(b, newest, 'publish');
    const publishSeenFeedMs = await msUntil(async () => inFeed(a, newest));
    const publishSeenTotalsMs = await msUntil(async () => (await totals(a)) === baseline);

    // A schedule made on A; B restarts, and its boot sets a timer for it too (the plugin's way).
    await act(a, scheduled, 'unpublish');
    const executeAt = new Date(Date.now() + 30000);
    const created = await fetch(`${a.url}/publisher/actions`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        data: {
          mode: 'publish',
          entityId: scheduled,
          entitySlug: 'api::article.article',
          executeAt,
          locale: null,
        },
      }),
    });
    if (![200, 201].includes(created.status))
      throw new Error(`schedule: ${created.status} ${await created.text()}`);
    await b.stop('SIGTERM');
    servers.splice(servers.indexOf(b), 1);
    b = await startServer(db, 1396, env);
    servers.push(b);

    // 2. The schedule fires on both timers; exactly one publish happens.
    await sleep(Math.max(0, executeAt - Date.now()) + 5000);
    const executed = (s) => (s.log().match(/Successfully executed action/g) || []).length;
    const aborted = (s) => (s.log().match(/Publish aborted by beforePublish hook/g) || []).length;
    const publishedA = await inFeed(a, scheduled);
    const publishedB = await inFeed(b, scheduled);
    for (const s of servers) await s.stop('SIGTERM');
    servers.length = 0;
    const recount = await appTask(db, 'recount');
    const mine = recount.campaigns.find((c) => c.slug === slug);
    const report = {
      redis: REDIS_URL || 'none (per-process caches)',
      visibility: {
        unpublishSeenFeedMs,
        unpublishSeenTotalsMs,
        publishSeenFeedMs,
        publishSeenTotalsMs,
      },
      schedule: {
        timersFired: { a: executed(a), b: executed(b) },
        publishesDone: executed(a) + executed(b) - aborted(a) - aborted(b),
        standDowns: aborted(a) + aborted(b),
        visibleOn: { a: publishedA, b: publishedB },
      },
      counts: {
        sql: mine.sql,
        ledger: mine.ledger,
        verify: recount.verify.ok,
        integrity: recount.integrity.article,
      },
    };
    console.log(JSON.stringify(report, null, 2));
    // Within the cache TTL: the shared cache's, plus the per-process totals cache's without Redis.
    const ttl = Number(process.env.API_CACHE_TTL_MS || 60000) + (REDIS_URL ? 0 : 30000);
    const problems = [];
    for (const [k, v] of Object.entries(report.visibility))
      if (v === null || v > ttl) problems.push(`${k}: ${v}`);
    if (report.schedule.publishesDone !== 1)
      problems.push(`scheduled publish ran ${report.schedule.publishesDone} times`);
    if (!publishedA || !publishedB) problems.push('scheduled article not visible on both');
    if (!recount.verify.ok || mine.ledger.articles !== mine.sql.article)
      problems.push('ledger differs from recount');
    console.log(problems.length ? `[scale] FAIL\n- ${problems.join('\n- ')}` : '[scale] PASS');
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    for (const s of servers) await s.stop('SIGKILL');
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
