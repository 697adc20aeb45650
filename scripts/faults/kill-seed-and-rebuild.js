'use strict';

/**
 * The app killed (SIGKILL) in the middle of the demo seed and of a ledger rebuild. A second run
 * must complete and the counts must be right: every type as a clean seed gives, ledger verify()
 * clean, no published row without its draft row.
 */
const path = require('path');
const { appEnv, appTask, createDatabase, runNode, ROOT } = require('../load/lib/app-process');

const TASK = path.join(ROOT, 'scripts', 'load', 'lib', 'app-task.js');
const TALLY = path.join(ROOT, 'scripts', 'tally.js');
/** What a complete demo seed publishes (DESIGN.md: 71–79 articles, 2 episodes, 30 pledges). */
const EXPECTED = { article: 76, episode: 2, pledge: 30 };

/** Starts a task and SIGKILLs it `afterMs` after it prints `marker`. */
function killDuring(db, task, marker, afterMs) {
  return runNode([TASK, task], appEnv(db), {
    onSpawn: (child) => {
      let seen = false;
      child.stdout.on('data', (d) => {
        if (!seen && String(d).includes(marker)) {
          seen = true;
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      });
    },
  });
}

const integrityOk = (r) =>
  Object.values(r.integrity).every((x) => !x.publishedWithoutDraft && !x.duplicatePublished);
const countsOf = (r) => r.campaigns[0]?.sql ?? null;

async function run() {
  const db = await createDatabase('cms_fault_kill');
  try {
    const details = { seed: [], rebuild: [] };
    // 1. Killed twice mid-seed at different points, then run to the end.
    for (const afterMs of [1500, 3500]) {
      const killed = await killDuring(db, 'seed', 'SEEDING', afterMs);
      const partial = await appTask(db, 'recount');
      details.seed.push({
        killedAfterMs: afterMs,
        signal: killed.signal,
        partial: countsOf(partial),
        verifyOk: partial.verify.ok,
        integrityOk: integrityOk(partial),
      });
    }
    const second = await appTask(db, 'seed');
    const afterSeed = await appTask(db, 'recount');
    details.seedSecondRun = {
      created: second.created,
      counts: countsOf(afterSeed),
      ledger: afterSeed.campaigns[0]?.ledger,
      verify: afterSeed.verify,
      integrityOk: integrityOk(afterSeed),
    };
    // 2. Killed mid-rebuild (one transaction), then `npm run tally -- --rebuild` and --verify.
    for (const afterMs of [0, 5, 20, 60]) {
      const killed = await killDuring(db, 'rebuild', 'REBUILDING', afterMs);
      const state = await appTask(db, 'recount');
      details.rebuild.push({
        killedAfterMs: afterMs,
        signal: killed.signal,
        completed: killed.code === 0,
        verifyOk: state.verify.ok,
        ledger: state.campaigns[0]?.ledger,
      });
    }
    const rebuilt = await runNode([TALLY, '--rebuild'], appEnv(db));
    const verified = await runNode([TALLY, '--verify'], appEnv(db));
    const final = await appTask(db, 'recount');
    details.rebuildSecondRun = {
      rebuildExit: rebuilt.code,
      verifyExit: verified.code,
      verifyOutput: verified.stdout.trim().split('\n').slice(-2).join(' '),
      ledger: final.campaigns[0]?.ledger,
    };
    const counts = countsOf(final);
    const pass =
      details.seed.every((s) => s.signal === 'SIGKILL' && s.integrityOk) &&
      JSON.stringify(details.seedSecondRun.counts) === JSON.stringify(EXPECTED) &&
      afterSeed.verify.ok &&
      details.seedSecondRun.integrityOk &&
      details.rebuild.every((r) => r.verifyOk) &&
      rebuilt.code === 0 &&
      verified.code === 0 &&
      JSON.stringify(counts) === JSON.stringify(EXPECTED) &&
      final.verify.ok;
    return { name: 'SIGKILL during the seed and the ledger rebuild', pass, details };
  } finally {
    await db.drop();
  }
}

module.exports = { run };
