'use strict';

/**
 * One-off tasks in a Strapi loaded from dist/ without HTTP, run as a child process by the load,
 * fault and scale scripts. Prints one line `RESULT <json>`.
 *   prepare  seed the demo campaign; create the load editor (Editor) and exporter (Super Admin)
 *   seed     seed the demo campaign only (the fault script kills it midway)
 *   rebuild  rebuild the ledger (the fault script kills it midway)
 *   recount  ledger verify(), a raw SQL recount per campaign and type, and row-pair integrity
 */
const path = require('path');
const { ROOT, EDITOR, EXPORTER } = require('./app-process');

async function prepare(strapi) {
  const seed = require(path.join(ROOT, 'dist', 'src', 'seed', 'seed-demo-campaign.js'));
  const report = await seed.seedDemoCampaign(strapi);
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: EDITOR.email } });
  if (!existing) {
    await strapi.service('admin::user').create({
      ...EDITOR,
      firstname: 'Load',
      lastname: 'Editor',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const superAdmin = await strapi.db
    .query('admin::role')
    .findOne({ where: { code: 'strapi-super-admin' } });
  if (!(await strapi.db.query('admin::user').findOne({ where: { email: EXPORTER.email } }))) {
    await strapi.service('admin::user').create({
      ...EXPORTER,
      firstname: 'Load',
      lastname: 'Exporter',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  return { created: seed.totalCreated(report), durationMs: report.durationMs };
}

async function seedOnly(strapi) {
  console.log('SEEDING');
  const seed = require(path.join(ROOT, 'dist', 'src', 'seed', 'seed-demo-campaign.js'));
  const report = await seed.seedDemoCampaign(strapi);
  return { created: seed.totalCreated(report), durationMs: report.durationMs };
}

/** Counts straight from the content tables, with no help from the ledger. */
async function recount(strapi) {
  const knex = strapi.db.connection;
  const ledger = strapi.plugin('campaign-tally').service('ledger');
  const tables = ledger.tables();
  const verify = await ledger.verify();
  const campaigns = await knex(tables.campaign)
    .whereNotNull('published_at')
    .select('document_id', 'slug');
  const result = {
    verify: {
      ok: verify.ok,
      checked: verify.checked,
      differences: verify.differences.length,
      sample: verify.differences.slice(0, 5),
    },
    campaigns: [],
    integrity: {},
  };
  for (const campaign of campaigns) {
    const sql = {};
    for (const t of tables.types) {
      const [row] = await knex(`${t.table} as item`)
        .join(`${t.campaign.table} as link`, `link.${t.campaign.ownerColumn}`, 'item.id')
        .join(`${tables.campaign} as c`, 'c.id', `link.${t.campaign.targetColumn}`)
        .whereNotNull('item.published_at')
        .where('c.document_id', campaign.document_id)
        .countDistinct({ n: 'item.document_id' });
      sql[t.type] = Number(row.n);
    }
    const totals = await strapi
      .plugin('campaign-tally')
      .service('tally')
      .publicTotals(campaign.slug);
    result.campaigns.push({ slug: campaign.slug, sql, ledger: totals.totals });
  }
  for (const t of tables.types) {
    const withoutDraft = await knex(`${t.table} as p`)
      .whereNotNull('p.published_at')
      .whereNotExists(
        knex(`${t.table} as d`)
          .whereRaw('d.document_id = p.document_id')
          .whereNull('d.published_at')
          .select(knex.raw('1'))
      )
      .count({ n: '*' });
    const duplicates = await knex(t.table)
      .whereNotNull('published_at')
      .groupBy('document_id')
      .havingRaw('count(*) > 1')
      .select('document_id');
    result.integrity[t.type] = {
      publishedWithoutDraft: Number(withoutDraft[0].n),
      duplicatePublished: duplicates.length,
      published: Number(
        (await knex(t.table).whereNotNull('published_at').countDistinct({ n: 'document_id' }))[0].n
      ),
    };
  }
  return result;
}

async function rebuild(strapi) {
  console.log('REBUILDING');
  return strapi.plugin('campaign-tally').service('ledger').rebuild();
}

const TASKS = { prepare, seed: seedOnly, rebuild, recount };

async function main() {
  const task = TASKS[process.argv[2]];
  if (!task) throw new Error(`unknown task ${process.argv[2]}`);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  try {
    console.log(`RESULT ${JSON.stringify(await task(strapi))}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
