'use strict';

/**
 * PostgreSQL restarted under load. Readers and an editor keep going while
 * `pg_ctlcluster … main restart` runs; the app is never restarted. Passes when requests fail fast
 * during the outage, succeed again afterwards, and no write half-landed: ledger verify() is clean
 * and every published item still has its draft row (and only one published row).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const {
  adminAuth,
  appTask,
  createDatabase,
  percentile,
  sleep,
  startServer,
} = require('../load/lib/app-process');

const CM = '/content-manager/collection-types/api::article.article';

function restartPostgres() {
  const version = fs.readdirSync('/etc/postgresql')[0];
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], {
    stdio: 'pipe',
  });
}

/** Sends `request` in a loop until `stop()`; records time, status and latency of each. */
async function loop(kind, request, log, isStopped) {
  while (!isStopped()) {
    const started = Date.now();
    let status;
    try {
      status = (await request()).status;
    } catch {
      status = 'network';
    }
    log.push({ kind, at: started, status, ms: Date.now() - started });
    if (status !== 200) await sleep(50);
  }
}

async function run() {
  const db = await createDatabase('cms_fault_pg');
  if (db.client !== 'postgres')
    throw new Error('the PostgreSQL restart fault needs LOAD_DB=postgres');
  let server;
  try {
    await appTask(db, 'prepare');
    // The response cache off: every read must reach PostgreSQL, or the outage would go unseen.
    server = await startServer(db, 1390, {
      API_CACHE_ENABLED: 'false',
    });
    const { url } = server;
    const auth = await adminAuth(url);
    const slug = (await (await fetch(`${url}/api/campaigns`)).json()).data[0].slug;
    const ids = (await (await fetch(`${url}/api/articles?pagination[pageSize]=6`)).json()).data.map(
      (a) => a.documentId
    );
    const log = [];
    let stopped = false;
    let i = 0;
    const published = new Map(ids.map((id) => [id, true]));
    const readers = [1, 2, 3, 4].map((n) =>
      loop(
        n % 2 ? 'feed' : 'totals',
        () =>
          fetch(
            n % 2
              ? `${url}/api/articles?filters[campaign][slug][$eq]=${slug}&pagination[pageSize]=20`
              : `${url}/api/campaign-tally/campaigns/${slug}/totals`
          ),
        log,
        () => stopped
      )
    );
    const editor = loop(
      'editor',
      async () => {
        // Toggles each article by what it is known to be; after a failed action its state is
        // unknown (the write may or may not have committed), and publishing is safe either way.
        const documentId = ids[i % ids.length];
        i += 1;
        const action = published.get(documentId) === true ? 'unpublish' : 'publish';
        const res = await fetch(`${url}${CM}/${documentId}/actions/${action}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: '{}',
        });
        published.set(documentId, res.status === 200 ? action === 'publish' : null);
        return res;
      },
      log,
      () => stopped
    );
    await sleep(5000);
    const outageStart = Date.now();
    restartPostgres();
    const outageEnd = Date.now();
    await sleep(10000);
    stopped = true;
    await Promise.all([...readers, editor]);
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      const tail = server.log().split('\n').slice(-40).join('\n');
      return {
        name: 'PostgreSQL restart under load',
        pass: false,
        details: { appExited: server.child.exitCode ?? server.child.signalCode, log: tail },
      };
    }
    // Put every toggled article back to published, through the same running app.
    for (const documentId of ids) {
      await fetch(`${url}${CM}/${documentId}/actions/publish`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{}',
      });
    }
    const failed = log.filter((r) => r.status !== 200);
    const firstOkAfter = log.find((r) => r.at >= outageEnd && r.status === 200);
    const lastFailure = failed.length ? Math.max(...failed.map((r) => r.at + r.ms)) : null;
    const tail = log.filter((r) => r.at > outageEnd + 3000);
    const connectionLossesSurvived = (server.log().match(/\[database\] lost a connection/g) || [])
      .length;
    await server.stop('SIGTERM');
    server = null;
    const recount = await appTask(db, 'recount');
    const integrityOk = Object.values(recount.integrity).every(
      (x) => !x.publishedWithoutDraft && !x.duplicatePublished
    );
    const mine = recount.campaigns.find((c) => c.slug === slug);
    const details = {
      requests: log.length,
      outageMs: outageEnd - outageStart,
      failed: failed.length,
      failedStatuses: failed.reduce(
        (acc, r) => ({
          ...acc,
          [`${r.kind} ${r.status}`]: (acc[`${r.kind} ${r.status}`] ?? 0) + 1,
        }),
        {}
      ),
      failedP99Ms: percentile(
        failed.map((r) => r.ms),
        99
      ),
      recoveredAfterMs: firstOkAfter ? firstOkAfter.at + firstOkAfter.ms - outageEnd : null,
      lastFailureAfterRestartMs: lastFailure ? lastFailure - outageEnd : null,
      connectionLossesSurvived,
      okAfter3s: `${tail.filter((r) => r.status === 200).length}/${tail.length}`,
      verify: recount.verify,
      integrity: recount.integrity,
      totalsEqualRecount:
        JSON.stringify(mine.ledger) ===
        JSON.stringify({
          articles: mine.sql.article,
          episodes: mine.sql.episode,
          pledges: mine.sql.pledge,
          total: mine.sql.article + mine.sql.episode + mine.sql.pledge,
        }),
    };
    const pass =
      details.recoveredAfterMs !== null &&
      tail.length > 0 &&
      tail.every((r) => r.status === 200) &&
      details.failedP99Ms < 5000 &&
      recount.verify.ok &&
      integrityOk &&
      details.totalsEqualRecount;
    return { name: 'PostgreSQL restart under load', pass, details };
  } finally {
    if (server) await server.stop('SIGKILL');
    await db.drop();
  }
}

module.exports = { run };
