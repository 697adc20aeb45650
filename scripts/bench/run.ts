import fs from 'fs';
import path from 'path';
import { loadStrapi } from './boot';
import { appEnv, dataSet, ROOT } from './data-set';
import { cachedTruth, generateCached, parseDataArgs } from './generate';
import { maintainDatabase } from './generate-data';
import { createBenchAdmin, measureDatabase } from './measure-db';
import {
  EDITOR_ACTIONS,
  firstColumnOf,
  measureEditorActions,
  REVIEW_OFF,
  type EditorAction,
} from './measure-editor';
import {
  createBenchNewsroom,
  measurePublishWithoutReviewPlugin,
  measureReviewedPublish,
  type BenchNewsroom,
} from './measure-review';
import { coldPages, measureHttp } from './measure-http';
import { measureWords } from './measure-words';
import { startServer } from './server-process';
import { round } from './stats';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/**
 * Reads a SQLite data set's file once from start to end before it is measured: this VM's disk
 * answers random reads at a few MB/s and its host drops cold file pages, so without it the first
 * figures measure the disk, not the queries.
 */
async function readThrough(env: Record<string, string>) {
  if (env.DATABASE_CLIENT !== 'sqlite') return;
  const file = path.join(ROOT, env.DATABASE_FILENAME);
  const started = Date.now();
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 })) void chunk;
  log(`read ${file} through in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The editor actions' baseline: a data set of demo size, measured in the same run. */
const BASELINE_ITEMS = 1000;

/** Editor-action p50s on a small data set (generated once and cached like the big one). */
async function editorBaseline(args: ReturnType<typeof parseDataArgs>) {
  const small = { ...args, items: BASELINE_ITEMS };
  const set = dataSet(small.database, small.items, small.campaigns);
  const truth = cachedTruth(small) ?? (await generateCached(small));
  const env = appEnv(set.env);
  await readThrough(env);
  const strapi = await loadStrapi(env);
  let admin;
  try {
    admin = await createBenchAdmin(strapi);
  } finally {
    await strapi.destroy();
  }
  const server = await startServer(
    { ...env, ...REVIEW_OFF },
    1337 + Math.floor(Math.random() * 1000) + 2000
  );
  try {
    return await measureEditorActions(server.base, admin, truth.campaigns[0].slug);
  } finally {
    await server.stop();
  }
}

/** `npm run bench -- --items N [--campaigns K] [--json] [--fresh]`: one run, every figure. */
async function main(argv: string[]) {
  const args = parseDataArgs(argv);
  const set = dataSet(args.database, args.items, args.campaigns);
  let truth = args.fresh ? null : cachedTruth(args);
  if (truth) log(`reusing data set ${set.key}`);
  else {
    log(`generating data set ${set.key}`);
    truth = await generateCached(args);
    log(`generated ${truth.rows} content rows in ${(truth.loadMs / 1000).toFixed(1)} s`);
  }
  const env = appEnv(set.env);
  const pages = coldPages(truth, 40);
  await readThrough(env);

  log('measuring raw SQL and the naive Document Service tally');
  const strapi = await loadStrapi(env);
  let db;
  let admin;
  let newsroom: BenchNewsroom;
  try {
    // A cached set may predate the last schema change (new indexes): refresh statistics first.
    await maintainDatabase(strapi);
    admin = await createBenchAdmin(strapi);
    newsroom = await createBenchNewsroom(strapi);
    db = await measureDatabase(strapi, truth, pages);
  } finally {
    await strapi.destroy();
  }
  if (!db.rawMatches || !db.naiveMatches)
    log(
      `WARNING: a reference count differs from the truth (raw ${db.rawMatches}, naive ${db.naiveMatches})`
    );

  log('starting the server (三审 off: the CMS actions as they were before review)');
  const server = await startServer(
    { ...env, ...REVIEW_OFF },
    1337 + Math.floor(Math.random() * 1000) + 1000
  );
  let http;
  let editor: Record<EditorAction, number>;
  try {
    http = await measureHttp(server.base, server.pid, truth, admin, pages);
    log('measuring editor actions (content manager) on this data set');
    editor = await measureEditorActions(server.base, admin, truth.campaigns[0].slug);
  } finally {
    await server.stop();
  }
  log('measuring the publish of an article that passed 三审 (review on, the default levels)');
  const reviewed = await startServer(env, 1337 + Math.floor(Math.random() * 1000) + 3000);
  let reviewedPublish: number;
  try {
    const column = await firstColumnOf(reviewed.base, truth.campaigns[0].slug);
    reviewedPublish = await measureReviewedPublish(reviewed.base, newsroom!, column);
  } finally {
    await reviewed.stop();
  }
  log('measuring the same publish with the editorial-review plugin switched off');
  const off = await startServer(
    { ...env, EDITORIAL_REVIEW_ENABLED: 'false' },
    1337 + Math.floor(Math.random() * 1000) + 4000
  );
  let pluginOffPublish: number;
  try {
    const column = await firstColumnOf(off.base, truth.campaigns[0].slug);
    pluginOffPublish = await measurePublishWithoutReviewPlugin(off.base, admin!, column);
  } finally {
    await off.stop();
  }
  log(`measuring editor actions on the ${BASELINE_ITEMS}-document baseline`);
  const baseline = await editorBaseline(args);
  const expected = truth.campaigns[0].byTypeMonth;
  const tallyOk =
    http.tallyRows.length === Object.keys(expected).length &&
    http.tallyRows.every((r) => expected[`${r.type}|${r.period}`] === r.count);
  if (!tallyOk) log('WARNING: the tally endpoint differs from the generator truth');

  const result = {
    items: args.items,
    database: args.database,
    tally: {
      p50_ms: round(http.tallyMs),
      scored_p50_ms: round(http.scoredTallyMs),
      by_reporter_scored_p50_ms: round(http.reporterScoreMs),
      rawSql_p50_ms: round(db.rawTallyMs),
      naive_p50_ms: round(db.naiveMs),
    },
    feed: {
      rps: round(http.feedRps, 0),
      health_rps: round(http.healthRps, 0),
      errors: http.feedErrors,
      cold_p50_ms: round(http.coldMs),
      rawSql_p50_ms: round(db.rawFeedMs),
    },
    editor_p50_ms: Object.fromEntries(EDITOR_ACTIONS.map((a) => [a, round(editor[a])])),
    editor_baseline_p50_ms: Object.fromEntries(EDITOR_ACTIONS.map((a) => [a, round(baseline[a])])),
    reviewed_publish_p50_ms: round(reviewedPublish),
    publish_without_review_plugin_p50_ms: round(pluginOffPublish),
    word_check: measureWords(),
  };
  const ratios = {
    tally_over_raw: round(http.tallyMs / db.rawTallyMs, 3),
    scored_tally_over_count_tally: round(http.scoredTallyMs / http.tallyMs, 2),
    reporter_score_over_count_tally: round(http.reporterScoreMs / http.tallyMs, 2),
    naive_over_tally: round(db.naiveMs / http.tallyMs, 1),
    feed_over_health: round(http.feedRps / http.healthRps, 3),
    cold_over_raw: round(http.coldMs / db.rawFeedMs, 2),
    peak_rss_mb: {
      idle_before_tally: round(http.rssIdleMb, 0),
      tally: round(http.rssTallyMb, 0),
      xlsx_export: round(http.rssXlsxMb, 0),
    },
    counts_match_truth: tallyOk && db.rawMatches && db.naiveMatches,
    // Goal: each at most 1.5 (this data set over the baseline's, same run).
    editor_over_baseline: Object.fromEntries(
      EDITOR_ACTIONS.map((a) => [a, round(editor[a] / baseline[a], 2)])
    ),
    // Issue 12's goal, at most 1.2: a reviewed publish (gate, 签发单, audit, 错敏词) over the same
    // publish with the plugin switched off; and over a publish with review off (audit and 错敏词 on).
    reviewed_publish_over_plugin_off: round(reviewedPublish / pluginOffPublish, 2),
    reviewed_publish_over_review_off: round(reviewedPublish / editor.publish, 2),
  };
  if (args.json) {
    log(`ratios ${JSON.stringify(ratios)}`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      `${JSON.stringify(result, null, 2)}\n${JSON.stringify(ratios, null, 2)}\n`
    );
  }
}

main(process.argv.slice(2))
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
