import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createDocument } from '../harness/fixtures';
import { createDepartment } from '../campaign-tally/tally-fixtures';

/**
 * Taking a campaign or a column off the app and putting it back changes no item: Strapi rebuilds
 * a re-published target's relations from the drafts, so without care an item published in A whose
 * draft has moved to B drops out of A, and one published in B whose draft is in A is pulled in.
 * Every item here has a draft that differs from its published version in campaign, column and
 * departments; the feed, `populate`, every tally dimension and the JSON export must come back
 * exactly as they were, and stay right while the target is off.
 */
let app: TestApp;
let admin: Record<string, string>;

const articles = () => app.strapi.documents(CONTENT_TYPES.article);

interface World {
  A: { documentId: string; slug: string };
  B: { documentId: string; slug: string };
  colA: string;
  colB: string;
  items: string[];
}

/** Two campaigns with a column each, and items whose drafts have moved to the other side. */
async function buildWorld(tag: string): Promise<World> {
  const A = await createDocument(app, CONTENT_TYPES.campaign, { name: `活动甲${tag}` });
  const B = await createDocument(app, CONTENT_TYPES.campaign, { name: `活动乙${tag}` });
  const colA = await createDocument(app, CONTENT_TYPES.column, {
    name: `甲专栏${tag}`,
    outlet: 'tv',
    campaign: A.documentId,
  });
  const colB = await createDocument(app, CONTENT_TYPES.column, {
    name: `乙专栏${tag}`,
    outlet: 'app',
    campaign: B.documentId,
  });
  const d1 = await createDepartment(app, `一局${tag}`);
  const d2 = await createDepartment(app, `二局${tag}`);
  const published = async (title: string, column: string, department: string) =>
    (await createDocument(app, CONTENT_TYPES.article, {
      title: `${title}${tag}`,
      format: 'news',
      column,
      departments: [department],
    })) as { documentId: string };
  const x = await published('甲稿', colA.documentId, d1.documentId);
  const y = await published('乙稿', colB.documentId, d2.documentId);
  const stays = await published('甲稿留', colA.documentId, d1.documentId);
  // Drafts move across: x to B, y to A; the published versions stay where they were.
  await articles().update({
    documentId: x.documentId,
    data: { column: colB.documentId, campaign: B.documentId, departments: [d2.documentId] },
  });
  await articles().update({
    documentId: y.documentId,
    data: { column: colA.documentId, campaign: A.documentId, departments: [d1.documentId] },
  });
  const episode = (await createDocument(app, CONTENT_TYPES.episode, {
    title: `问政${tag}`,
    programme: `张店民声${tag}`,
    number: 1,
    airDate: '2019-05-01',
    campaign: A.documentId,
    departments: [d1.documentId],
  })) as { documentId: string };
  await app.strapi.documents(CONTENT_TYPES.episode).update({
    documentId: episode.documentId,
    data: { campaign: B.documentId },
  });
  const pledge = (await createDocument(app, CONTENT_TYPES.pledge, {
    title: `承诺${tag}`,
    campaign: A.documentId,
    department: d1.documentId,
  })) as { documentId: string };
  await app.strapi.documents(CONTENT_TYPES.pledge).update({
    documentId: pledge.documentId,
    data: { campaign: B.documentId, department: d2.documentId },
  });
  return {
    A: { documentId: A.documentId, slug: A.slug as string },
    B: { documentId: B.documentId, slug: B.slug as string },
    colA: colA.documentId,
    colB: colB.documentId,
    items: [x.documentId, y.documentId, stays.documentId],
  };
}

const GROUPINGS = ['type', 'format', 'column', 'outlet', 'department', 'period', 'type,column'];

/** Everything the app and the admins see of the world. */
async function observe(world: World, opts: { feeds?: boolean } = { feeds: true }) {
  const seen: Record<string, unknown> = {};
  for (const campaign of [world.A, world.B]) {
    for (const groupBy of GROUPINGS) {
      const res = await app
        .http()
        .get('/campaign-tally/tallies')
        .query({ campaign: campaign.slug, groupBy })
        .set(admin);
      expect(res.status).toBe(200);
      seen[`tally ${campaign.slug} ${groupBy}`] = {
        rows: res.body.data.rows,
        totals: res.body.data.totals,
      };
    }
    const exported = await app
      .http()
      .get('/campaign-tally/export')
      .query({ campaign: campaign.slug, format: 'json', groupBy: 'type,column,department' })
      .set(admin);
    expect(exported.status).toBe(200);
    const document = JSON.parse(exported.text);
    seen[`export ${campaign.slug}`] = { rows: document.rows, totals: document.totals };
    if (opts.feeds) {
      const feed = await app.http().get('/api/articles').query({
        'filters[campaign][slug][$eq]': campaign.slug,
        sort: 'title',
        'fields[0]': 'title',
      });
      seen[`feed ${campaign.slug}`] = feed.body.data.map((a: { title: string }) => a.title);
    }
  }
  for (const documentId of world.items) {
    const res = await app
      .http()
      .get(`/api/articles/${documentId}`)
      .query({ populate: 'campaign,column,departments' });
    const item = res.body.data;
    seen[`item ${documentId}`] = {
      campaign: item.campaign?.documentId ?? null,
      column: item.column?.documentId ?? null,
      departments: item.departments.map((d: { documentId: string }) => d.documentId),
    };
  }
  return seen;
}

const verifyLedger = async () =>
  (await app.strapi.plugin('campaign-tally').service('ledger').verify()) as {
    ok: boolean;
    differences: unknown[];
  };

beforeAll(async () => {
  app = await startApp();
  admin = bearer(await superAdminJwt(app));
});
afterAll(stopApp);

describe('a campaign taken off the app and put back', () => {
  it('changes no item, in the app, in populate, in every tally and in the export', async () => {
    const world = await buildWorld('一');
    const before = await observe(world);
    expect(before[`feed ${world.A.slug}`]).toEqual(['甲稿一', '甲稿留一']);
    await app.strapi
      .documents(CONTENT_TYPES.campaign)
      .unpublish({ documentId: world.A.documentId });
    await app.strapi.documents(CONTENT_TYPES.campaign).publish({ documentId: world.A.documentId });
    expect(await observe(world)).toEqual(before);
    expect(await verifyLedger()).toEqual(expect.objectContaining({ ok: true }));
  });

  it('while it is off: the app does not list it, nothing moves to another campaign, its tally answers', async () => {
    const world = await buildWorld('二');
    const before = await observe(world, { feeds: false });
    await app.strapi
      .documents(CONTENT_TYPES.campaign)
      .unpublish({ documentId: world.A.documentId });
    const campaigns = await app.http().get('/api/campaigns').query({ 'fields[0]': 'slug' });
    expect(campaigns.body.data.map((c: { slug: string }) => c.slug)).not.toContain(world.A.slug);
    const during = await observe(world, { feeds: false });
    for (const key of Object.keys(before).filter((k) => !k.startsWith('item '))) {
      expect([key, during[key]]).toEqual([key, before[key]]);
    }
    // The app sees no campaign on A's items while A is off, and no other campaign either.
    expect(during[`item ${world.items[0]}`]).toEqual(expect.objectContaining({ campaign: null }));
    await app.strapi.documents(CONTENT_TYPES.campaign).publish({ documentId: world.A.documentId });
    expect(await observe(world, { feeds: false })).toEqual(before);
  });

  it('keeps an item published while its campaign was off in that campaign', async () => {
    const world = await buildWorld('三');
    await app.strapi
      .documents(CONTENT_TYPES.campaign)
      .unpublish({ documentId: world.A.documentId });
    const late = (await createDocument(app, CONTENT_TYPES.article, {
      title: '补发稿件三',
      format: 'interview',
      column: world.colA,
    })) as { documentId: string };
    // Its draft then moves away; the published version was published in A.
    await articles().update({
      documentId: late.documentId,
      data: { column: world.colB, campaign: world.B.documentId },
    });
    await app.strapi.documents(CONTENT_TYPES.campaign).publish({ documentId: world.A.documentId });
    const res = await app
      .http()
      .get(`/api/articles/${late.documentId}`)
      .query({ populate: 'campaign,column' });
    expect(res.body.data.campaign.documentId).toBe(world.A.documentId);
    expect(res.body.data.column.documentId).toBe(world.colA);
    const tally = await app
      .http()
      .get('/campaign-tally/tallies')
      .query({ campaign: world.A.slug, groupBy: 'format' })
      .set(admin);
    expect(tally.body.data.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ format: 'interview', count: 1 })])
    );
    expect(await verifyLedger()).toEqual(expect.objectContaining({ ok: true }));
  });
});

describe('a column taken off the app and put back', () => {
  it('changes no item either', async () => {
    const world = await buildWorld('四');
    const before = await observe(world);
    await app.strapi.documents(CONTENT_TYPES.column).unpublish({ documentId: world.colA });
    await app.strapi.documents(CONTENT_TYPES.column).publish({ documentId: world.colA });
    await app.strapi.documents(CONTENT_TYPES.column).unpublish({ documentId: world.colB });
    await app.strapi.documents(CONTENT_TYPES.column).publish({ documentId: world.colB });
    expect(await observe(world)).toEqual(before);
    expect(await verifyLedger()).toEqual(expect.objectContaining({ ok: true }));
  });

  it('re-published with edits changes nothing about the items but what the column itself says', async () => {
    const world = await buildWorld('五');
    const before = await observe(world);
    // Publishing a target again, with or without edits, without taking it off first.
    await app.strapi.documents(CONTENT_TYPES.campaign).publish({ documentId: world.B.documentId });
    await app.strapi.documents(CONTENT_TYPES.column).publish({ documentId: world.colB });
    expect(await observe(world)).toEqual(before);
  });
});
