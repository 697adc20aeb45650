'use strict';

/**
 * `npm run seed`: seeds the demo campaign into the configured database, idempotently.
 * It runs the compiled app from dist/ and compiles nothing itself; the npm script runs tsc first.
 */
const path = require('path');

const root = path.resolve(__dirname, '..');
const force = process.argv.includes('--force');

process.env.NODE_ENV = process.env.NODE_ENV || 'development';
// This run does the seeding and reports it; the first-start hook in bootstrap would do it silently.
process.env.SEED_DEMO = 'false';

const TYPE_LABELS = {
  campaign: '专项活动 campaign',
  column: '专栏专题 column',
  department: '部门与镇街 department',
  article: '稿件 article',
  episode: '问政节目 episode',
  pledge: '部门承诺 pledge',
};

/** A plain-text table; console.table pads CJK labels badly. */
function formatReport(report, types) {
  const width = (text) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const pad = (text, size) => text + ' '.repeat(Math.max(0, size - width(text)));
  const rows = types.map((type) => [
    TYPE_LABELS[type] || type,
    report[type].created,
    report[type].existing,
  ]);
  const total = rows.reduce(
    (sum, row) => [sum[0], sum[1] + row[1], sum[2] + row[2]],
    ['total', 0, 0]
  );
  const labelWidth = Math.max(...[...rows, total].map((row) => width(row[0])));
  const line = (row) =>
    `${pad(row[0], labelWidth)}  ${String(row[1]).padStart(7)}  ${String(row[2]).padStart(8)}`;
  const rule = '-'.repeat(labelWidth + 19);
  return [line(['type', 'created', 'existing']), rule, ...rows.map(line), rule, line(total)].join(
    '\n'
  );
}

async function main() {
  if (process.env.NODE_ENV === 'production' && !force) {
    console.error(
      'npm run seed: refusing to write demo content with NODE_ENV=production (--force to insist)'
    );
    process.exit(1);
  }
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();
  try {
    const seed = require(path.join(root, 'dist', 'src', 'seed', 'seed-demo-campaign.js'));
    const report = await seed.seedDemoCampaign(app);
    console.log(
      `\nDemo campaign seed (${process.env.NODE_ENV}, ${(report.durationMs / 1000).toFixed(1)} s)\n`
    );
    console.log(formatReport(report, seed.SEED_TYPES));
    console.log(seed.totalCreated(report) === 0 ? '\nNothing to do: every demo item exists.' : '');
  } finally {
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`npm run seed failed: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
  }
);
