import fc from 'fast-check';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer, usersPermissionsJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

/**
 * The router matches paths without regard to letter case (and tolerates a trailing slash), so
 * every guard must hold for whatever spelling reaches a content-API route. fast-check generates
 * spellings of each route's path (letter case, trailing and doubled slashes, percent-encoding,
 * dot segments) and sends them as each app caller; a draft-only MARKER must never come back,
 * and a request that reaches a route must meet every guard (populate cap, paging values, the
 * read-only token's scope). A spelling the router does not match may 4xx, never 5xx.
 */
const MARKER = 'SPELLDRAFT';
const SEED = 20261201;
const RUNS = Number(process.env.SPELLING_RUNS ?? 60);

let app: TestApp;
const callers: Array<[string, Record<string, string>]> = [];
const paths: string[] = [];
const draftPaths = new Set<string>();

beforeAll(async () => {
  app = await startApp();
  const { campaign, column } = await createCampaignWithColumn(app, '拼写测试活动');
  const department = await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name: '拼写测试局', kind: 'district-department' } });
  const published = await createDocument(app, CONTENT_TYPES.article, {
    title: '已发布拼写稿件',
    format: 'news',
    column: column.documentId,
    departments: [department.documentId],
  });
  await app.strapi.documents(CONTENT_TYPES.article).update({
    documentId: published.documentId,
    data: { title: `草稿修改 ${MARKER}`, summary: MARKER },
  });
  const drafts = await Promise.all([
    createDocument(
      app,
      CONTENT_TYPES.article,
      { title: `草稿稿件 ${MARKER}`, format: 'news', column: column.documentId },
      { draft: true }
    ),
    createDocument(app, CONTENT_TYPES.campaign, { name: `草稿活动 ${MARKER}` }, { draft: true }),
    createDocument(
      app,
      CONTENT_TYPES.column,
      { name: `草稿专栏 ${MARKER}`, outlet: 'tv', campaign: campaign.documentId },
      { draft: true }
    ),
    createDocument(
      app,
      CONTENT_TYPES.episode,
      {
        title: `草稿问政 ${MARKER}`,
        programme: '张店民声',
        number: 7,
        airDate: '2019-05-01',
        campaign: campaign.documentId,
      },
      { draft: true }
    ),
    createDocument(
      app,
      CONTENT_TYPES.pledge,
      {
        title: `草稿承诺 ${MARKER}`,
        department: department.documentId,
        campaign: campaign.documentId,
      },
      { draft: true }
    ),
  ]);
  paths.push(
    ...['articles', 'campaigns', 'special-columns', 'episodes', 'pledges', 'departments'].map(
      (type) => `/api/${type}`
    ),
    `/api/articles/${published.documentId}`,
    ...drafts.map(
      (d, i) =>
        `/api/${['articles', 'campaigns', 'special-columns', 'episodes', 'pledges'][i]}/${d.documentId}`
    ),
    `/api/campaign-tally/campaigns/${campaign.slug}/totals`
  );
  for (const path of paths.slice(7, 12)) draftPaths.add(path);
  callers.push(
    ['public', {}],
    ['users-permissions user', bearer(await usersPermissionsJwt(app))],
    ['read-only token', bearer(await apiToken(app, 'read-only'))],
    ['full-access token', bearer(await apiToken(app, 'full-access'))]
  );
});
afterAll(stopApp);

/** The fixed part of a content-API path (/api/<type> or /api/<plugin>/...) and its ids. */
const splitPath = (path: string) => {
  const parts = path.split('/');
  const fixedCount = path.includes('campaign-tally') ? 4 : 3;
  return { fixed: parts.slice(0, fixedCount).join('/'), tail: parts.slice(fixedCount).join('/') };
};

/**
 * A spelling of `path` that a guard testing the path's text would not recognise: random letter
 * case everywhere in its fixed part, sometimes a percent-encoded letter, a trailing, doubled or
 * leading slash, or a dot segment. Ids and slugs stay exact, so most spellings reach the route.
 */
const spelling = (path: string) => {
  const { fixed, tail } = splitPath(path);
  return fc
    .record({
      cases: fc.array(fc.boolean(), { minLength: fixed.length, maxLength: fixed.length }),
      encodeAt: fc.oneof(
        { arbitrary: fc.constant(-1), weight: 5 },
        { arbitrary: fc.nat({ max: fixed.length - 1 }), weight: 1 }
      ),
      shape: fc.constantFrom('plain', 'plain', 'plain', 'trailing', 'double', 'dot', 'leading'),
    })
    .map(({ cases, encodeAt, shape }) => {
      const spelled = [...fixed]
        .map((ch, i) => {
          if (i === encodeAt && /[a-z]/i.test(ch)) return `%${ch.charCodeAt(0).toString(16)}`;
          return cases[i] ? ch.toUpperCase() : ch.toLowerCase();
        })
        .join('');
      const full = tail ? `${spelled}/${tail}` : spelled;
      if (shape === 'trailing') return `${full}/`;
      if (shape === 'double') return full.replace(/\/([^/]*)$/, '//$1');
      if (shape === 'dot') return full.replace(/^\/([^/]+)\//, '/$1/./');
      if (shape === 'leading') return `/${full}`;
      return full;
    });
};

describe('content API under any spelling of its paths', () => {
  it('never returns draft content, and never a 5xx', async () => {
    let reached = 0;
    let sent = 0;
    for (const path of paths) {
      await fc.assert(
        fc.asyncProperty(spelling(path), fc.constantFrom(...callers), async (spelled, [, auth]) => {
          const url = `${spelled}?status=draft&populate=*`;
          const res = await app.http().get(url).set(auth);
          // Draft-only documents are 404 when reached; the other paths answer 200.
          if (!draftPaths.has(path)) {
            sent += 1;
            if (res.status === 200) reached += 1;
          }
          expect(res.status).toBeLessThan(500);
          expect(JSON.stringify(res.body)).not.toContain(MARKER);
        }),
        { seed: SEED, numRuns: RUNS }
      );
    }
    // Many spellings reach a route (the rest are 4xx): the property is not tested vacuously.
    expect(reached / sent).toBeGreaterThan(0.3);
  });

  it('applies the populate cap and the paging check to every spelling that reaches a route', async () => {
    const deep =
      'populate[column][populate][campaign][populate][articles][populate][departments]=true';
    // Paths that answer 200 when reached, so that a 200 tells the route was reached.
    const visible = paths.filter((p) => !p.includes('campaign-tally') && !draftPaths.has(p));
    for (const path of visible) {
      await fc.assert(
        fc.asyncProperty(spelling(path), fc.constantFrom(...callers), async (spelled, [, auth]) => {
          const base = spelled;
          const reached = await app.http().get(base).set(auth);
          for (const query of [deep, 'pagination[page]=0', 'pagination[pageSize]=1e9']) {
            const res = await app.http().get(`${base}?${query}`).set(auth);
            // A spelling the router sends to the route meets its guards; any other is not found.
            if (reached.status === 200) expect(res.status).toBe(400);
            else expect(res.status).toBe(reached.status);
          }
        }),
        { seed: SEED, numRuns: Math.ceil(RUNS / 3) }
      );
    }
  });

  it('gives a read-only token no route beyond the app content, however spelled', async () => {
    const token = callers.find(([name]) => name === 'read-only token')![1];
    const closed = [
      '/api/upload/files?populate=related',
      '/api/upload/files/1',
      '/api/users',
      '/api/users/1',
      '/api/users-permissions/roles',
      '/api/users-permissions/roles/1',
      '/api/publisher/actions',
    ];
    for (const path of closed) {
      const [route, query] = path.split('?');
      await fc.assert(
        fc.asyncProperty(spelling(route), async (spelled) => {
          const res = await app
            .http()
            .get(`${spelled}${query ? `?${query}` : ''}`)
            .set(token);
          expect([400, 403, 404]).toContain(res.status);
          expect(JSON.stringify(res.body)).not.toContain(MARKER);
        }),
        { seed: SEED, numRuns: Math.ceil(RUNS / 3) }
      );
      // The plain spelling reaches the route and is refused by the token's scope, not missed.
      const plain = await app.http().get(path).set(token);
      expect(plain.status).toBe(403);
      expect(plain.body.error.message).toMatch(/read-only API token reads published content only/);
    }
  });
});
