import fc from 'fast-check';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createDocument } from '../harness/fixtures';
import type { PublishableContentType } from '../../src/content-rules/uids';
import { createDepartment } from './tally-fixtures';

/**
 * Random walks of editor actions, checked against an independent model of what is published.
 * The model knows nothing of Strapi's rows or the ledger: an item's published version is what its
 * draft said when it was last published, and it counts for that campaign, column, outlet, format
 * and those departments until it is unpublished or deleted, whatever happens to its draft or to
 * its campaign and column (taken off the app and put back) meanwhile.
 */
const SEED = Number(process.env.WALK_SEED ?? 20261201);
const RUNS = Number(process.env.WALK_RUNS ?? 3);
const STEPS = Number(process.env.WALK_STEPS ?? 30);

type Kind = 'article' | 'episode' | 'pledge';
interface Version {
  campaign: number;
  column: number | null;
  departments: number[];
  format: string | null;
}
interface Item {
  kind: Kind;
  documentId: string;
  title: string;
  draft: Version;
  published: Version | null;
}
interface World {
  campaigns: Array<{ documentId: string; slug: string; live: boolean }>;
  columns: Array<{
    documentId: string;
    slug: string;
    campaign: number;
    outlet: string;
    live: boolean;
  }>;
  departments: Array<{ documentId: string; slug: string }>;
  items: Item[];
}

let app: TestApp;
let admin: Record<string, string>;
let walk = 0;
let episodeNumber = 0;
/** Every department of the suite: a tally by department lists them all, with 0 where none. */
const allDepartmentSlugs: string[] = [];
const UID: Record<Kind, PublishableContentType> = {
  article: CONTENT_TYPES.article,
  episode: CONTENT_TYPES.episode,
  pledge: CONTENT_TYPES.pledge,
};
const FORMATS = ['news', 'commentary', 'interview'];

async function newWorld(): Promise<World> {
  walk += 1;
  const campaigns = [];
  for (const name of ['甲', '乙']) {
    const c = await createDocument(app, CONTENT_TYPES.campaign, { name: `漫步${walk}活动${name}` });
    campaigns.push({ documentId: c.documentId, slug: c.slug as string, live: true });
  }
  const columns = [];
  for (const [i, outlet] of ['tv', 'app', 'newspaper'].entries()) {
    const campaign = i === 2 ? 0 : i;
    const c = await createDocument(app, CONTENT_TYPES.column, {
      name: `漫步${walk}专栏${i}`,
      outlet,
      campaign: campaigns[campaign].documentId,
    });
    columns.push({
      documentId: c.documentId,
      slug: c.slug as string,
      campaign,
      outlet,
      live: true,
    });
  }
  const departments = [];
  for (const i of [0, 1, 2]) {
    const d = await createDepartment(app, `漫步${walk}部门${i}`);
    departments.push({ documentId: d.documentId, slug: d.slug });
    allDepartmentSlugs.push(d.slug);
  }
  return { campaigns, columns, departments, items: [] };
}

/** The Document Service data of a draft version. */
function draftData(world: World, item: Item, v: Version): Record<string, unknown> {
  const campaign = world.campaigns[v.campaign].documentId;
  const departments = v.departments.map((d) => world.departments[d].documentId);
  if (item.kind === 'article') {
    return {
      campaign,
      column: v.column === null ? null : world.columns[v.column].documentId,
      departments,
      format: v.format,
    };
  }
  if (item.kind === 'episode') return { campaign, departments };
  return { campaign, department: departments[0] ?? null };
}

/** A draft version an editor may write: an article's campaign is its column's. */
const versionArb = (kind: Kind) =>
  fc
    .record({
      column: fc.option(fc.nat({ max: 2 }), { nil: null }),
      campaign: fc.nat({ max: 1 }),
      departments: fc.uniqueArray(fc.nat({ max: 2 }), { maxLength: kind === 'pledge' ? 1 : 2 }),
      format: fc.constantFrom(...FORMATS),
    })
    .map((v): Version => ({
      column: kind === 'article' ? v.column : null,
      campaign:
        kind === 'article' && v.column !== null ? (v.column === 2 ? 0 : v.column) : v.campaign,
      departments: kind === 'pledge' && v.departments.length === 0 ? [0] : v.departments,
      format: kind === 'article' ? v.format : null,
    }));

type Command = fc.AsyncCommand<World, World>;
const cmd = (
  name: string,
  check: (m: World) => boolean,
  run: (w: World) => Promise<void>
): Command => ({
  check,
  // The world is the model; Strapi is the system under test, checked at the end of a walk.
  run: async (_model, world) => run(world),
  toString: () => name,
});

const create = (kind: Kind, v: Version) =>
  cmd(
    `create ${kind} ${JSON.stringify(v)}`,
    () => true,
    async (w) => {
      const title = `漫步${walk}${kind}${w.items.length}`;
      const item: Item = { kind, documentId: '', title, draft: v, published: null };
      const base: Record<string, unknown> =
        kind === 'episode'
          ? { title, programme: `节目${walk}`, number: (episodeNumber += 1), airDate: '2019-05-01' }
          : { title };
      const created = await app.strapi
        .documents(UID[kind])
        .create({ data: { ...base, ...draftData(w, item, v) } });
      item.documentId = created.documentId;
      w.items.push(item);
    }
  );
const itemCmd = (verb: string, i: number, run: (w: World, item: Item) => Promise<void>) =>
  cmd(
    `${verb} item ${i}`,
    (m) => i < m.items.length,
    async (w) => run(w, w.items[i])
  );
const edit = (i: number, pick: number) =>
  itemCmd(`edit(${pick})`, i, async (w, item) => {
    const v = fc.sample(versionArb(item.kind), { seed: pick, numRuns: 1 })[0];
    await app.strapi
      .documents(UID[item.kind])
      .update({ documentId: item.documentId, data: draftData(w, item, v) });
    item.draft = v;
  });
const publish = (i: number) =>
  itemCmd('publish', i, async (_w, item) => {
    await app.strapi.documents(UID[item.kind]).publish({ documentId: item.documentId });
    item.published = { ...item.draft };
  });
const unpublish = (i: number) =>
  itemCmd('unpublish', i, async (_w, item) => {
    await app.strapi.documents(UID[item.kind]).unpublish({ documentId: item.documentId });
    item.published = null;
  });
const remove = (i: number) =>
  itemCmd('delete', i, async (w, item) => {
    await app.strapi.documents(UID[item.kind]).delete({ documentId: item.documentId });
    w.items.splice(w.items.indexOf(item), 1);
  });
const toggle = (target: 'campaigns' | 'columns', i: number) =>
  cmd(
    `toggle ${target} ${i}`,
    () => true,
    async (w) => {
      const t = w[target][i];
      const uid = target === 'campaigns' ? CONTENT_TYPES.campaign : CONTENT_TYPES.column;
      const docs = app.strapi.documents(uid);
      if (t.live) await docs.unpublish({ documentId: t.documentId });
      else await docs.publish({ documentId: t.documentId });
      t.live = !t.live;
    }
  );

const commands = [
  fc
    .constantFrom<Kind>('article', 'article', 'episode', 'pledge')
    .chain((kind) => versionArb(kind).map((v) => create(kind, v))),
  fc.tuple(fc.nat({ max: 9 }), fc.nat()).map(([i, pick]) => edit(i, pick)),
  fc.nat({ max: 9 }).map(publish),
  fc.nat({ max: 9 }).map(publish),
  fc.nat({ max: 9 }).map(unpublish),
  fc.nat({ max: 9 }).map(remove),
  fc.nat({ max: 1 }).map((i) => toggle('campaigns', i)),
  fc.nat({ max: 2 }).map((i) => toggle('columns', i)),
];

/** The model's counts for one campaign and one dimension, keyed as the API keys its rows. */
function modelCounts(w: World, campaign: number, dimension: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string | null) => {
    const k = key ?? '∅';
    counts[k] = (counts[k] ?? 0) + 1;
  };
  if (dimension === 'department') for (const slug of allDepartmentSlugs) counts[slug] = 0;
  for (const item of w.items) {
    const v = item.published;
    if (!v || v.campaign !== campaign) continue;
    if (dimension === 'type') add(item.kind);
    if (dimension === 'format') add(v.format);
    if (dimension === 'column') add(v.column === null ? null : w.columns[v.column].slug);
    if (dimension === 'outlet') add(v.column === null ? null : w.columns[v.column].outlet);
    if (dimension === 'department') {
      if (v.departments.length === 0) add(null);
      for (const d of v.departments) add(w.departments[d].slug);
    }
  }
  return counts;
}

async function apiCounts(slug: string, dimension: string): Promise<Record<string, number>> {
  const res = await app
    .http()
    .get('/campaign-tally/tallies')
    .query({ campaign: slug, groupBy: dimension })
    .set(admin);
  expect(res.status).toBe(200);
  const counts: Record<string, number> = {};
  for (const row of res.body.data.rows as Array<Record<string, unknown>>) {
    counts[(row[dimension] as string | null) ?? '∅'] = row.count as number;
  }
  return counts;
}

async function checkAgainstModel(w: World) {
  for (const [c, campaign] of w.campaigns.entries()) {
    for (const dimension of ['type', 'format', 'column', 'outlet', 'department']) {
      expect([campaign.slug, dimension, await apiCounts(campaign.slug, dimension)]).toEqual([
        campaign.slug,
        dimension,
        modelCounts(w, c, dimension),
      ]);
    }
    const feed = await app.http().get('/api/articles').query({
      'filters[campaign][slug][$eq]': campaign.slug,
      'fields[0]': 'title',
      sort: 'title',
      'pagination[pageSize]': 100,
    });
    const expected = campaign.live
      ? w.items
          .filter((i) => i.kind === 'article' && i.published?.campaign === c)
          .map((i) => i.title)
          .sort()
      : [];
    expect([campaign.slug, feed.body.data.map((a: { title: string }) => a.title).sort()]).toEqual([
      campaign.slug,
      expected,
    ]);
  }
  // The app's populate shows a published article's campaign and column while they are on it.
  for (const item of w.items.filter((i) => i.kind === 'article' && i.published)) {
    const v = item.published as Version;
    const res = await app
      .http()
      .get(`/api/articles/${item.documentId}`)
      .query({ populate: 'campaign,column,departments' });
    const column = v.column === null ? null : w.columns[v.column];
    expect([
      item.title,
      res.body.data.campaign?.documentId ?? null,
      res.body.data.column?.documentId ?? null,
      res.body.data.departments.map((d: { documentId: string }) => d.documentId).sort(),
    ]).toEqual([
      item.title,
      w.campaigns[v.campaign].live ? w.campaigns[v.campaign].documentId : null,
      column?.live ? column.documentId : null,
      v.departments.map((d) => w.departments[d].documentId).sort(),
    ]);
  }
  const report = await app.strapi.plugin('campaign-tally').service('ledger').verify();
  expect(report.differences).toEqual([]);
}

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
});
afterAll(stopApp);

describe('editor walk against an independent model', () => {
  it('gives the tallies, the app feed and the ledger the model expects after every walk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: STEPS, size: 'max' }), async (cmds) => {
        const world = await newWorld();
        await fc.asyncModelRun(() => ({ model: world, real: world }), cmds);
        await checkAgainstModel(world);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true }
    );
  });
});
