import { CONTENT_TYPES, type AppContentType } from '../../src/content-rules/uids';
import {
  CAMPAIGN,
  DEPARTMENTS,
  DRAFT_ARTICLES,
  PROGRAMME,
  PUBLISHED_ARTICLES,
} from '../../src/seed/demo-data';
import {
  seedDemoCampaign,
  seedDemoOnFirstStart,
  totalCreated,
  type SeedReport,
} from '../../src/seed/seed-demo-campaign';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { contentTableCounts } from './table-counts';
import { BY, DEMO_REPORTERS } from '../../src/seed/demo-data/authors';

type Doc = Record<string, unknown> & { documentId: string };

let app: TestApp;
let first: SeedReport;
let campaign: Doc;

const docs = <T extends AppContentType>(uid: T) => app.strapi.documents(uid);

beforeAll(async () => {
  app = await startApp();
  first = await seedDemoCampaign(app.strapi);
  const found = await docs(CONTENT_TYPES.campaign).findMany({
    status: 'published',
    filters: { name: CAMPAIGN.name },
  });
  campaign = found[0];
});
afterAll(stopApp);

describe('the demo campaign seed', () => {
  it('creates every item on an empty database', () => {
    expect(first.campaign).toEqual({ created: 1, existing: 0 });
    expect(first.column.created).toBeGreaterThanOrEqual(3);
    expect(first.department.created).toBe(DEPARTMENTS.length);
    expect(first.article.created).toBe(PUBLISHED_ARTICLES.length + DRAFT_ARTICLES.length);
    expect(first.episode.created).toBeGreaterThanOrEqual(2);
    expect(first.pledge.created).toBe(30);
    expect(campaign.slug).toBe('you-hua-ying-shang-huan-jing-da-tao-lun-da-fan-si-da-ti-sheng');
  });

  it('publishes 71–79 articles for the campaign, counted alike by the service and by REST', async () => {
    const counted = await docs(CONTENT_TYPES.article).count({
      status: 'published',
      filters: { campaign: { documentId: campaign.documentId } },
    });
    expect(counted).toBeGreaterThanOrEqual(71);
    expect(counted).toBeLessThanOrEqual(79);

    const res = await app
      .http()
      .get('/api/articles')
      .query({ 'filters[campaign][slug][$eq]': campaign.slug, 'pagination[pageSize]': 1 });
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(counted);
  });

  it('keeps drafts, and the unpublished edit of a published article, away from the public', async () => {
    for (const draft of DRAFT_ARTICLES) {
      const stored = await docs(CONTENT_TYPES.article).findMany({
        status: 'draft',
        filters: { title: draft.title },
      });
      expect(stored).toHaveLength(1);
      const res = await app
        .http()
        .get('/api/articles')
        .query({ 'filters[title][$eq]': draft.title, status: 'draft' });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual([]);
    }

    const edited = PUBLISHED_ARTICLES.find((article) => article.draftEdit);
    if (!edited?.draftEdit)
      throw new Error('the demo data has no published article with a draft edit');
    const [draft] = await docs(CONTENT_TYPES.article).findMany({
      status: 'draft',
      filters: { title: edited.title },
    });
    expect(draft.summary).toBe(edited.draftEdit.summary);
    const res = await app
      .http()
      .get('/api/articles')
      .query({ 'filters[title][$eq]': edited.title, status: 'draft' });
    expect(res.body.data.map((d: Doc) => d.summary)).toEqual([edited.summary]);
  });

  it('backdates first publication into the campaign, on both rows of each published article', async () => {
    const rows = (await app.strapi.db.query(CONTENT_TYPES.article).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['firstPublishedAt', 'publishedAt'],
    })) as Array<{ firstPublishedAt: unknown; publishedAt: unknown }>;
    const from = Date.parse(`${CAMPAIGN.startDate}T00:00:00+08:00`);
    const to = Date.parse(`${CAMPAIGN.endDate}T23:59:59.999+08:00`);
    expect(rows.length).toBeGreaterThanOrEqual(71);
    for (const row of rows) {
      const first = new Date(row.firstPublishedAt as string).getTime();
      expect(first).toBeGreaterThanOrEqual(from);
      expect(first).toBeLessThanOrEqual(to);
      expect(new Date(row.publishedAt as string).getTime()).toBe(first);
    }
  });

  it('has exactly 2 published 张店民声 episodes, each with problems', async () => {
    const episodes = await docs(CONTENT_TYPES.episode).findMany({
      status: 'published',
      filters: { programme: PROGRAMME },
      populate: { problems: { populate: ['department'] }, campaign: true, departments: true },
      sort: 'number:asc',
    });
    expect(episodes.map((episode) => episode.number)).toEqual([1, 2]);
    for (const episode of episodes) {
      const problems = episode.problems as Array<Record<string, unknown>>;
      expect(problems.length).toBeGreaterThanOrEqual(3);
      expect(problems.length).toBeLessThanOrEqual(5);
      expect((episode.campaign as Doc).documentId).toBe(campaign.documentId);
      expect((episode.departments as Doc[]).length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.department).toEqual(
          expect.objectContaining({ documentId: expect.any(String) })
        );
        if (problem.status === 'resolved') expect(problem.resolution).toEqual(expect.any(String));
      }
    }
  });

  it('gives each of the 30 district departments exactly one published pledge', async () => {
    const departments = await docs(CONTENT_TYPES.department).findMany({
      filters: { kind: 'district-department' },
      limit: 100,
    });
    expect(departments).toHaveLength(30);
    const pledges = await docs(CONTENT_TYPES.pledge).findMany({
      status: 'published',
      filters: { campaign: { documentId: campaign.documentId } },
      populate: ['department', 'items'],
      limit: 100,
    });
    const perDepartment = new Map<string, number>();
    for (const pledge of pledges) {
      const id = (pledge.department as Doc).documentId;
      perDepartment.set(id, (perDepartment.get(id) ?? 0) + 1);
      const items = pledge.items as unknown[];
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(5);
    }
    for (const department of departments) expect(perDepartment.get(department.documentId)).toBe(1);
  });

  it('has towns and streets, each with a published interview article', async () => {
    const places = await docs(CONTENT_TYPES.department).findMany({
      filters: { kind: { $in: ['town', 'street'] } },
      limit: 100,
    });
    expect(places.filter((place) => place.kind === 'town').length).toBeGreaterThanOrEqual(2);
    expect(places.filter((place) => place.kind === 'street').length).toBeGreaterThanOrEqual(8);
    for (const place of places) {
      const interviews = await docs(CONTENT_TYPES.article).count({
        status: 'published',
        filters: { format: 'interview', departments: { documentId: place.documentId } },
      });
      expect(interviews).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every item an ASCII lower-case pinyin slug', async () => {
    for (const uid of Object.values(CONTENT_TYPES)) {
      const rows = (await app.strapi.db.query(uid).findMany({ select: ['slug'] })) as Array<{
        slug: string;
      }>;
      expect(rows.length).toBeGreaterThan(0);
      for (const { slug } of rows) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('turns the author lines into bylines of demo reporters, co-authors sharing equally', async () => {
    expect(first.reporter.created).toBe(DEMO_REPORTERS.length);
    const articles = await docs(CONTENT_TYPES.article).findMany({
      status: 'published',
      filters: { campaign: { documentId: campaign.documentId } },
      populate: { bylines: { populate: ['reporter'] } },
      limit: 200,
    });
    const names = (a: (typeof articles)[number]) =>
      (a.bylines as Array<{ reporter: { name: string } | null }>).map((b) => b.reporter?.name);
    for (const article of articles) {
      const named = DEMO_REPORTERS.map((r) => r.name).filter((n) =>
        String(article.author ?? '').includes(n)
      );
      expect(names(article).sort()).toEqual(named.sort());
    }
    const shared = articles.find((a) => a.author === BY.wangLi);
    expect(
      (shared!.bylines as Array<{ share: number | string }>).map((b) => Number(b.share))
    ).toEqual([50, 50]);
  });

  it('creates nothing on a second run and leaves every content table as it was', async () => {
    const before = await contentTableCounts(app.strapi);
    const second = await seedDemoCampaign(app.strapi);
    expect(totalCreated(second)).toBe(0);
    expect(second.article).toEqual({ created: 0, existing: first.article.created });
    expect(second.department).toEqual({ created: 0, existing: first.department.created });
    expect(second.pledge).toEqual({ created: 0, existing: first.pledge.created });
    expect(second.reporter).toEqual({ created: 0, existing: DEMO_REPORTERS.length });
    expect(await contentTableCounts(app.strapi)).toEqual(before);
  });

  it('leaves a database that has a campaign alone on a development start', async () => {
    const before = await contentTableCounts(app.strapi);
    const saved = { NODE_ENV: process.env.NODE_ENV, SEED_DEMO: process.env.SEED_DEMO };
    try {
      process.env.NODE_ENV = 'development';
      delete process.env.SEED_DEMO;
      await seedDemoOnFirstStart(app.strapi);
    } finally {
      // Assigning undefined to process.env would store the string "undefined".
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    expect(await contentTableCounts(app.strapi)).toEqual(before);
  });

  it('finishes the publish of an item a killed run left as a bare draft', async () => {
    const spec = PUBLISHED_ARTICLES[0];
    const publishedCount = () =>
      docs(CONTENT_TYPES.article).count({
        status: 'published',
        filters: { campaign: { documentId: campaign.documentId } },
      });
    const before = await publishedCount();
    // What a run killed between create and publish leaves: the item exists, but only as a draft.
    const [stored] = await docs(CONTENT_TYPES.article).findMany({
      status: 'published',
      filters: { title: spec.title },
    });
    await app.strapi.documents(CONTENT_TYPES.article).unpublish({ documentId: stored.documentId });
    expect(await publishedCount()).toBe(before - 1);

    const rerun = await seedDemoCampaign(app.strapi);
    expect(rerun.article.created).toBe(1);
    expect(await publishedCount()).toBe(before);
    const republished = await app.strapi.db
      .query(CONTENT_TYPES.article)
      .findOne({ where: { title: spec.title, publishedAt: { $notNull: true } } });
    expect(new Date(republished.firstPublishedAt as string).getUTCFullYear()).toBe(2019);
  });
});
