'use strict';

/**
 * Graceful SIGTERM: slow requests (XLSX exports) are in flight when `strapi start` gets SIGTERM.
 * With the drain (src/process/graceful-shutdown.ts) every one completes with a 200 and a whole
 * file, and the process exits 0. The same run with SHUTDOWN_GRACE_MS=0, Strapi's own behaviour
 * (every socket destroyed at once), is recorded beside it for comparison.
 */
const {
  EXPORTER,
  adminAuth,
  appTask,
  createDatabase,
  sleep,
  startServer,
} = require('../load/lib/app-process');

const IN_FLIGHT = 8;

async function exportsThroughSigterm(db, port, extraEnv) {
  const server = await startServer(db, port, extraEnv);
  try {
    const auth = await adminAuth(server.url, EXPORTER);
    const slug = (await (await fetch(`${server.url}/api/campaigns`)).json()).data[0].slug;
    const url = `${server.url}/campaign-tally/export?campaign=${slug}&format=xlsx&groupBy=department,period,format&period=day`;
    const started = Date.now();
    const requests = Array.from({ length: IN_FLIGHT }, async () => {
      try {
        const res = await fetch(url, { headers: auth });
        const body = Buffer.from(await res.arrayBuffer());
        const whole =
          body.length > 0 &&
          body.subarray(0, 2).toString() === 'PK' &&
          String(body.length) === (res.headers.get('content-length') ?? String(body.length));
        return { status: res.status, bytes: body.length, whole, ms: Date.now() - started };
      } catch (error) {
        return {
          status: 'cut',
          error: String(error.cause?.code ?? error.message),
          ms: Date.now() - started,
        };
      }
    });
    await sleep(150);
    server.child.kill('SIGTERM');
    const sigtermAt = Date.now() - started;
    const results = await Promise.all(requests);
    const exit = await server.exited;
    let after = 'refused';
    try {
      after = String((await fetch(`${server.url}/_health`)).status);
    } catch {
      /* connection refused: the server is gone */
    }
    return {
      sigtermAtMs: sigtermAt,
      ok: results.filter((r) => r.status === 200 && r.whole).length,
      of: IN_FLIGHT,
      lastFinishedMs: Math.max(...results.map((r) => r.ms)),
      failures: results
        .filter((r) => !(r.status === 200 && r.whole))
        .map((r) => r.status + (r.error ? ` ${r.error}` : '')),
      exit,
      afterShutdown: after,
    };
  } finally {
    await server.stop('SIGKILL');
  }
}

async function run() {
  const db = await createDatabase('cms_fault_term');
  try {
    await appTask(db, 'prepare');
    const withoutDrain = await exportsThroughSigterm(db, 1391, { SHUTDOWN_GRACE_MS: '0' });
    const withDrain = await exportsThroughSigterm(db, 1392, {});
    const pass =
      withDrain.ok === IN_FLIGHT &&
      withDrain.exit.code === 0 &&
      withDrain.afterShutdown === 'refused';
    return { name: 'SIGTERM with requests in flight', pass, details: { withDrain, withoutDrain } };
  } finally {
    await db.drop();
  }
}

module.exports = { run };
