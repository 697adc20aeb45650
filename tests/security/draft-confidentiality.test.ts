import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer, usersPermissionsJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

/**
 * Unpublished content never leaves the server to a content-API caller, whatever the parameter:
 * status, populate (deep, nested, filtered), filters on draft-only values, a draft's documentId,
 * fields. Every draft-only value carries MARKER, so one substring check covers every response.
 * Filters must not be an oracle either: a filter on a draft-only value answers exactly as a filter
 * on a value that exists nowhere.
 */
const MARKER = 'DRAFTONLY';
const MISSING = 'NOWHERE00';

let app: TestApp;
const ids: Record<string, string> = {};
const callers: Array<[string, Record<string, string>]> = [];

beforeAll(async () => {
  app = await startApp();
  const { campaign, column } = await createCampaignWithColumn(app, '保密测试活动');
  const department = await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name: '保密审批局', kind: 'district-department' } });
  const published = await createDocument(app, CONTENT_TYPES.article, {
    title: '已发布稿件',
    format: 'news',
    column: column.documentId,
    departments: [department.documentId],
  });
  // Published, then its draft edited: the edit stays private.
  await app.strapi.documents(CONTENT_TYPES.article).update({
    documentId: published.documentId,
    data: { title: `草稿修改 ${MARKER} 标题`, summary: `${MARKER} 摘要` },
  });
  const draft = await createDocument(
    app,
    CONTENT_TYPES.article,
    {
      title: `未发布稿件 ${MARKER}`,
      slug: `wei-fa-bu-${MARKER.toLowerCase()}`,
      format: 'commentary',
      column: column.documentId,
      departments: [department.documentId],
    },
    { draft: true }
  );
  // Published once, then unpublished: no longer public.
  const withdrawn = await createDocument(app, CONTENT_TYPES.article, {
    title: `撤稿 ${MARKER}`,
    format: 'news',
    campaign: campaign.documentId,
  });
  await app.strapi.documents(CONTENT_TYPES.article).unpublish({ documentId: withdrawn.documentId });
  const draftCampaign = await createDocument(
    app,
    CONTENT_TYPES.campaign,
    { name: `草稿活动 ${MARKER}`, slug: `cao-gao-${MARKER.toLowerCase()}` },
    { draft: true }
  );
  await createDocument(
    app,
    CONTENT_TYPES.column,
    { name: `草稿专栏 ${MARKER}`, outlet: 'tv', campaign: campaign.documentId },
    { draft: true }
  );
  await createDocument(
    app,
    CONTENT_TYPES.pledge,
    {
      title: `草稿承诺 ${MARKER}`,
      department: department.documentId,
      campaign: campaign.documentId,
    },
    { draft: true }
  );
  Object.assign(ids, {
    campaign: campaign.documentId,
    campaignSlug: campaign.slug as string,
    department: department.documentId,
    article: published.documentId,
    draft: draft.documentId,
    withdrawn: withdrawn.documentId,
    draftCampaign: draftCampaign.documentId,
  });
  callers.push(
    ['public', {}],
    ['users-permissions user', bearer(await usersPermissionsJwt(app))],
    ['read-only token', bearer(await apiToken(app, 'read-only'))],
    ['full-access token', bearer(await apiToken(app, 'full-access'))]
  );
});
afterAll(stopApp);

const get = (url: string, headers: Record<string, string>) => app.http().get(url).set(headers);

/** Asserts no draft-only value and no unpublished documentId is anywhere in the response. */
function expectNoDraft(url: string, body: unknown) {
  const text = JSON.stringify(body);
  const leaked = [MARKER, ids.draft, ids.withdrawn, ids.draftCampaign].filter((s) =>
    text.includes(s)
  );
  expect({ url, leaked }).toEqual({ url, leaked: [] });
}

const TYPES = ['campaigns', 'special-columns', 'articles', 'episodes', 'departments', 'pledges'];

const READ_QUERIES = [
  '',
  '?status=draft',
  '?status=draft&populate=*',
  '?status=draft&fields[0]=LABEL&fields[1]=slug',
  '?status=draft&hasPublishedVersion=false',
  '?publicationState=preview',
];

const DEEP_POPULATE = [
  `/api/campaigns/CAMPAIGN?status=draft&populate[articles][populate][departments]=true`,
  `/api/campaigns/CAMPAIGN?status=draft&populate[columns][populate][articles][populate][column]=true`,
  `/api/campaigns/CAMPAIGN?populate[articles][filters][title][$contains]=${MARKER}`,
  `/api/campaigns?status=draft&populate[columns][populate]=*`,
  `/api/special-columns?status=draft&populate[articles][populate]=*`,
  `/api/articles?status=draft&populate[column][populate][articles][populate][departments]=true`,
  `/api/departments/DEPARTMENT?status=draft&populate=*`,
  `/api/pledges?status=draft&populate[department]=true&populate[campaign][populate]=*`,
];

describe.each([0, 1, 2, 3])('content-API caller #%i', (i) => {
  const headers = () => callers[i][1];

  it('every list and parameter shape returns published versions only', async () => {
    for (const type of TYPES) {
      for (const query of READ_QUERIES) {
        const label = ['articles', 'episodes', 'pledges'].includes(type) ? 'title' : 'name';
        const url = `/api/${type}${query.replace('LABEL', label)}`;
        const res = await get(url, headers());
        expect([url, res.status]).toEqual([url, query.includes('publicationState') ? 400 : 200]);
        expectNoDraft(url, res.body);
      }
    }
  });

  it('deep and nested populate reaches published versions only', async () => {
    for (const template of DEEP_POPULATE) {
      const url = template.replace('CAMPAIGN', ids.campaign).replace('DEPARTMENT', ids.department);
      const res = await get(url, headers());
      expect(res.status).toBeLessThan(500);
      expectNoDraft(url, res.body);
    }
  });

  it("a draft's or a withdrawn item's documentId answers as an unknown one", async () => {
    const unknown = await get(`/api/articles/${'x'.repeat(ids.draft.length)}`, headers());
    for (const id of [ids.draft, ids.withdrawn]) {
      for (const query of ['', '?status=draft', '?populate=*&status=draft']) {
        const res = await get(`/api/articles/${id}${query}`, headers());
        expect(res.status).toBe(404);
        expect(res.body).toEqual(unknown.body);
      }
    }
    const draftCampaign = await get(`/api/campaigns/${ids.draftCampaign}?status=draft`, headers());
    expect(draftCampaign.body).toEqual(unknown.body);
  });

  it('a filter on a draft-only value answers exactly as a filter on a missing value', async () => {
    const oracles = [
      `/api/articles?filters[title][$eq]=未发布稿件 ${MARKER}`,
      `/api/articles?filters[title][$containsi]=${MARKER}&status=draft`,
      `/api/articles?filters[summary][$contains]=${MARKER}`,
      `/api/articles?filters[slug][$eq]=wei-fa-bu-${MARKER.toLowerCase()}`,
      `/api/articles?filters[$or][0][title][$contains]=${MARKER}&filters[$or][1][slug][$null]=true`,
      `/api/campaigns?filters[articles][title][$contains]=${MARKER}`,
      `/api/campaigns?filters[columns][name][$contains]=${MARKER}&status=draft`,
      `/api/campaigns?filters[pledges][title][$contains]=${MARKER}`,
      `/api/special-columns?filters[articles][summary][$contains]=${MARKER}`,
      `/api/departments?filters[articles][title][$contains]=${MARKER}`,
      `/api/departments?filters[pledges][title][$contains]=${MARKER}`,
      `/api/campaigns?filters[name][$startsWith]=草稿活动 ${MARKER}`,
      `/api/campaigns/CAMPAIGN?populate[articles][filters][title][$contains]=${MARKER}`,
    ];
    for (const template of oracles) {
      const url = template.replace('CAMPAIGN', ids.campaign);
      const probe = await get(encodeURI(url), headers());
      const control = await get(encodeURI(url.split(MARKER).join(MISSING)), headers());
      expect(probe.status).toBeLessThan(500);
      expect({ url, body: probe.body }).toEqual({ url, body: control.body });
      expectNoDraft(url, probe.body);
    }
  });

  it('totals of a draft campaign answer as those of an unknown slug', async () => {
    const draftSlug = `cao-gao-${MARKER.toLowerCase()}`;
    const missingSlug = `cao-gao-${MISSING.toLowerCase()}`;
    const probe = await get(`/api/campaign-tally/campaigns/${draftSlug}/totals`, headers());
    const control = await get(`/api/campaign-tally/campaigns/${missingSlug}/totals`, headers());
    expect(probe.status).toBe(404);
    expect(JSON.stringify(probe.body).split(draftSlug).join(missingSlug)).toBe(
      JSON.stringify(control.body)
    );
    const live = await get(`/api/campaign-tally/campaigns/${ids.campaignSlug}/totals`, headers());
    // One published article counts; the draft, the withdrawn item and the draft pledge do not.
    expect(live.body.data.totals).toEqual({ articles: 1, episodes: 0, pledges: 0, total: 1 });
  });
});
