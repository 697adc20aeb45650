#!/usr/bin/env node
'use strict';

/**
 * `npm run faults`: each fault scenario in turn, on its own fresh PostgreSQL database; prints
 * what each showed and exits non-zero if any failed. FAULTS=sigterm,kill,pg runs a subset.
 * The PostgreSQL restart briefly interrupts every other user of the local cluster.
 */
const SCENARIOS = {
  sigterm: () => require('./sigterm-in-flight'),
  kill: () => require('./kill-seed-and-rebuild'),
  pg: () => require('./pg-restart'),
};

async function main() {
  const chosen = (process.env.FAULTS || 'sigterm,kill,pg').split(',').map((s) => s.trim());
  const results = [];
  for (const key of chosen) {
    if (!SCENARIOS[key])
      throw new Error(`unknown fault ${key}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    console.log(`[faults] ${key}…`);
    const result = await SCENARIOS[key]().run();
    console.log(
      `[faults] ${result.pass ? 'PASS' : 'FAIL'} ${result.name}\n${JSON.stringify(result.details, null, 2)}`
    );
    results.push(result);
  }
  const failed = results.filter((r) => !r.pass);
  console.log(
    failed.length
      ? `[faults] FAIL: ${failed.map((r) => r.name).join('; ')}`
      : `[faults] PASS: ${results.length} scenario(s)`
  );
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
