#!/usr/bin/env node
'use strict';

/**
 * `npm run load`: the app feed and the column counter under 50 connections for LOAD_SECONDS
 * (default 60) while an editor publishes and unpublishes articles through the content manager.
 * Passes when there are no errors and no 5xx, and the totals afterwards equal a fresh recount
 * (ledger verify() and a raw SQL COUNT(DISTINCT document_id) over published rows).
 * Runs on a fresh PostgreSQL database (LOAD_DB=sqlite for a SQLite file), in production mode,
 * with the content-API rate limit off: this measures the app, not the limiter.
 */
const autocannon = require('autocannon');
const {
  adminAuth,
  appTask,
  createDatabase,
  percentile,
  sleep,
  startServer,
} = require('./lib/app-process');

const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 50);
const PORT = Number(process.env.LOAD_PORT || 1380);
const CM = '/content-manager/collection-types/api::article.article';

/** The editor: unpublish then publish articles in turn until `until`, timing each action. */
async function editorLoop(url, auth, documentIds, until) {
  const stats = { actions: 0, failures: [], latencies: [] };
  for (let i = 0; Date.now() < until; i += 1) {
    const documentId = documentIds[i % documentIds.length];
    for (const action of ['unpublish', 'publish']) {
      const started = Date.now();
      const res = await fetch(`${url}${CM}/${documentId}/actions/${action}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{}',
      });
      stats.latencies.push(Date.now() - started);
      stats.actions += 1;
      if (res.status !== 200)
        stats.failures.push(
          `${action} ${documentId}: ${res.status} ${(await res.text()).slice(0, 200)}`
        );
    }
  }
  return stats;
}

const cannon = (opts) =>
  new Promise((resolve, reject) => {
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });

const summary = (r) => ({
  requests: r.requests.total,
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  max: r.latency.max,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  status5xx: r['5xx'],
});

async function main() {
  const db = await createDatabase('cms_load');
  let server;
  try {
    console.log(`[load] database ${db.client} ${db.name}: seeding the demo campaign…`);
    const prepared = await appTask(db, 'prepare');
    console.log(
      `[load] seeded ${prepared.created} items in ${(prepared.durationMs / 1000).toFixed(1)} s`
    );
    server = await startServer(db, PORT);
    const { url } = server;
    const campaigns = await (await fetch(`${url}/api/campaigns`)).json();
    const slug = campaigns.data[0].slug;
    const feed = `/api/articles?filters[campaign][slug][$eq]=${encodeURIComponent(slug)}&sort=firstPublishedAt:desc&pagination[pageSize]=20`;
    const totalsPath = `/api/campaign-tally/campaigns/${slug}/totals`;
    const listed = await (
      await fetch(`${url}${feed.replace('pageSize]=20', 'pageSize]=12')}`)
    ).json();
    const toggled = listed.data.map((a) => a.documentId);
    const before = (await (await fetch(`${url}${totalsPath}`)).json()).data.totals;
    const auth = await adminAuth(url);
    console.log(
      `[load] ${SECONDS} s, ${CONNECTIONS} connections on the feed and totals of ${slug}; editor toggles ${toggled.length} articles`
    );

    const until = Date.now() + SECONDS * 1000;
    const half = Math.floor(CONNECTIONS / 2);
    const [feedResult, totalsResult, editor] = await Promise.all([
      cannon({
        url: `${url}${feed}`,
        connections: CONNECTIONS - half,
        duration: SECONDS,
        timeout: 30,
      }),
      cannon({ url: `${url}${totalsPath}`, connections: half, duration: SECONDS, timeout: 30 }),
      // Two editors on disjoint articles: ledger writes from concurrent transactions.
      editorLoop(
        url,
        auth,
        toggled.filter((_, i) => i % 2 === 0),
        until
      ),
      editorLoop(
        url,
        auth,
        toggled.filter((_, i) => i % 2 === 1),
        until
      ),
    ]).then(([f, t, a, b]) => [
      f,
      t,
      {
        actions: a.actions + b.actions,
        failures: [...a.failures, ...b.failures],
        latencies: [...a.latencies, ...b.latencies],
      },
    ]);
    // Every toggled article ends published again; then the counts must match the start.
    for (const documentId of toggled) {
      await fetch(`${url}${CM}/${documentId}/actions/publish`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{}',
      });
    }
    await sleep(500);
    const after = (await (await fetch(`${url}${totalsPath}`)).json()).data.totals;
    await server.stop('SIGTERM');
    server = null;
    const recount = await appTask(db, 'recount');
    const mine = recount.campaigns.find((c) => c.slug === slug);
    const sqlTotal = mine.sql.article + mine.sql.episode + mine.sql.pledge;
    const report = {
      database: db.client,
      seconds: SECONDS,
      connections: CONNECTIONS,
      feed: summary(feedResult),
      totals: summary(totalsResult),
      editor: {
        actions: editor.actions,
        failures: editor.failures.length,
        p50: percentile(editor.latencies, 50),
        p99: percentile(editor.latencies, 99),
        firstFailures: editor.failures.slice(0, 3),
      },
      counts: {
        before,
        after,
        sql: mine.sql,
        sqlTotal,
        ledger: mine.ledger,
        verify: recount.verify,
        integrity: recount.integrity,
      },
    };
    console.log(JSON.stringify(report, null, 2));
    const problems = [];
    for (const [name, r] of [
      ['feed', report.feed],
      ['totals', report.totals],
    ]) {
      if (r.errors || r.timeouts || r.non2xx || r.status5xx)
        problems.push(`${name}: ${JSON.stringify(r)}`);
    }
    if (editor.failures.length) problems.push(`editor: ${editor.failures.length} failed actions`);
    if (!recount.verify.ok)
      problems.push(`ledger verify: ${recount.verify.differences} differences`);
    if (after.total !== sqlTotal || after.articles !== mine.sql.article)
      problems.push(`totals ${JSON.stringify(after)} != recount ${JSON.stringify(mine.sql)}`);
    if (after.total !== before.total)
      problems.push(`totals moved: ${before.total} -> ${after.total}`);
    for (const [type, i] of Object.entries(recount.integrity)) {
      if (i.publishedWithoutDraft || i.duplicatePublished)
        problems.push(`${type}: ${JSON.stringify(i)}`);
    }
    console.log(
      problems.length
        ? `[load] FAIL\n- ${problems.join('\n- ')}`
        : '[load] PASS: no errors, no 5xx, totals equal the recount'
    );
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    if (server) await server.stop('SIGKILL');
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
