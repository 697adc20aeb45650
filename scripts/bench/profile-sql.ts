import { loadStrapi } from './boot';
import { appEnv, dataSet } from './data-set';
import { parseDataArgs } from './generate';

/**
 * `node .tmp/dist-bench/profile-sql.js --items N`: runs one editor action after another through
 * the Document Service on the cached data set and prints every SQL statement that took at least
 * `--min-ms` (default 2), slowest first, so a cause of growth shows by name.
 */
async function main(argv: string[]) {
  const args = parseDataArgs(argv);
  const minMs = Number(argv[argv.indexOf('--min-ms') + 1] || 2);
  const set = dataSet(args.database, args.items, args.campaigns);
  const strapi = await loadStrapi(appEnv(set.env));
  const knex = strapi.db.connection;
  const started = new Map<string, bigint>();
  let log: Array<{ ms: number; sql: string }> = [];
  knex.on('query', (q: { __knexQueryUid: string }) =>
    started.set(q.__knexQueryUid, process.hrtime.bigint())
  );
  knex.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string }) => {
    const t0 = started.get(q.__knexQueryUid);
    if (t0) log.push({ ms: Number(process.hrtime.bigint() - t0) / 1e6, sql: q.sql });
  });
  const step = async (name: string, fn: () => Promise<unknown>) => {
    log = [];
    const t0 = process.hrtime.bigint();
    await fn();
    const total = Number(process.hrtime.bigint() - t0) / 1e6;
    const sum = log.reduce((s, e) => s + e.ms, 0);
    process.stdout.write(
      `\n== ${name}: ${total.toFixed(1)} ms, ${log.length} statements, ${sum.toFixed(1)} ms in SQL\n`
    );
    for (const e of [...log].sort((a, b) => b.ms - a.ms).filter((e) => e.ms >= minMs))
      process.stdout.write(`${e.ms.toFixed(1).padStart(8)} ms  ${e.sql.slice(0, 400)}\n`);
  };
  try {
    const articles = strapi.documents('api::article.article');
    const column = await strapi
      .documents('api::special-column.special-column')
      .findFirst({ status: 'published' });
    // The content manager's list page: one page of drafts by last change, and their total.
    const page = (extra: { _q?: string }) => () =>
      Promise.all([
        articles.findMany({ status: 'draft', sort: 'updatedAt:desc', limit: 10, ...extra }),
        articles.count({ status: 'draft', ...extra }),
      ]);
    const tally = strapi.plugin('campaign-tally').service('tally') as {
      tally(q: Record<string, unknown>): Promise<unknown>;
    };
    const campaign = await strapi
      .documents('api::campaign.campaign')
      .findFirst({ status: 'published', sort: 'id:asc' });
    const groupings = ['type', 'format', 'column', 'outlet', 'department', 'period'];
    for (const groupBy of [...groupings, 'department,period', 'type,department,period'])
      for (let round = 0; round < 3; round += 1)
        await step(`tally by ${groupBy}`, () =>
          tally.tally({
            campaign: campaign?.slug,
            groupBy: groupBy.split(','),
            period: 'month',
            from: null,
            to: null,
          })
        );
    for (let round = 0; round < 3; round += 1) {
      await step('list view', page({}));
      await step('list search 营商', page({ _q: '营商' }));
      await step('list search 稿件 第1', page({ _q: '稿件 第1' }));
      let doc: { documentId: string } | undefined;
      await step('create', async () => {
        doc = await articles.create({
          data: { title: `剖析稿件${round}`, format: 'news', column: column?.documentId },
        });
      });
      const documentId = doc!.documentId;
      await step('update', () =>
        articles.update({ documentId, data: { title: `剖析稿件${round}改` } })
      );
      await step('publish', () => articles.publish({ documentId }));
      await step('publish again', () => articles.publish({ documentId }));
      await step('unpublish', () => articles.unpublish({ documentId }));
      await step('delete', () => articles.delete({ documentId }));
    }
  } finally {
    await strapi.destroy();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
