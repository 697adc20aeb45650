import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import {
  adminJwt,
  ADMIN_ROLES,
  apiToken,
  bearer,
  createAdminRole,
  usersPermissionsJwt,
} from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';

/**
 * Who may do what, with the exact status Strapi answers. Admin JWTs are signed with the admin
 * secret and checked only by the admin API; the content API's auth strategies (users-permissions
 * JWT, API token) do not know them, so an admin JWT on /api is an invalid credential (401), not a
 * privileged one. API tokens and users-permissions JWTs are unknown to the admin API (401).
 */
type Caller =
  | 'public'
  | 'upUser'
  | 'readOnly'
  | 'fullAccess'
  | 'author'
  | 'editor'
  | 'superAdmin'
  | 'tallyReader';
type Op = 'find' | 'findOne' | 'create' | 'update' | 'delete';

const CALLERS: Caller[] = [
  'public',
  'upUser',
  'readOnly',
  'fullAccess',
  'author',
  'editor',
  'superAdmin',
  'tallyReader',
];
const READ = { find: 200, findOne: 200, create: 403, update: 403, delete: 403 };
const ADMIN_ON_CONTENT_API = { find: 401, findOne: 401, create: 401, update: 401, delete: 401 };
const CONTENT_API: Record<Caller, Record<Op, number>> = {
  public: READ,
  upUser: READ,
  readOnly: READ,
  fullAccess: { find: 200, findOne: 200, create: 201, update: 200, delete: 204 },
  author: ADMIN_ON_CONTENT_API,
  editor: ADMIN_ON_CONTENT_API,
  superAdmin: ADMIN_ON_CONTENT_API,
  tallyReader: ADMIN_ON_CONTENT_API,
};
const TOTALS: Record<Caller, number> = {
  public: 200,
  upUser: 200,
  readOnly: 200,
  fullAccess: 200,
  author: 401,
  editor: 401,
  superAdmin: 401,
  tallyReader: 401,
};
const ADMIN_ROUTES = ['tallies', 'export', 'summary', 'campaigns'] as const;
const NO_ADMIN = { tallies: 401, export: 401, summary: 401, campaigns: 401 };
const NO_RIGHT = { tallies: 403, export: 403, summary: 403, campaigns: 403 };
const TALLY_ADMIN: Record<Caller, Record<(typeof ADMIN_ROUTES)[number], number>> = {
  public: NO_ADMIN,
  upUser: NO_ADMIN,
  readOnly: NO_ADMIN,
  fullAccess: NO_ADMIN,
  author: NO_RIGHT,
  editor: NO_RIGHT,
  superAdmin: { tallies: 200, export: 200, summary: 200, campaigns: 200 },
  tallyReader: { tallies: 200, export: 403, summary: 200, campaigns: 200 },
};

const TYPES = {
  campaigns: CONTENT_TYPES.campaign,
  'special-columns': CONTENT_TYPES.column,
  articles: CONTENT_TYPES.article,
  episodes: CONTENT_TYPES.episode,
  departments: CONTENT_TYPES.department,
  pledges: CONTENT_TYPES.pledge,
  reporters: CONTENT_TYPES.reporter,
} as const;
type RestPath = keyof typeof TYPES;

let app: TestApp;
const headers = {} as Record<Caller, Record<string, string>>;
const ref: Record<string, string> = {};
let episodeNumber = 100;

/** A valid create body for each type, tied to the suite's campaign and department. */
const bodyFor = (path: RestPath, tag: string): Record<string, unknown> => {
  switch (path) {
    case 'campaigns':
      return { name: `矩阵活动 ${tag}` };
    case 'special-columns':
      return { name: `矩阵专栏 ${tag}`, campaign: ref.campaign };
    case 'articles':
      return { title: `矩阵稿件 ${tag}`, format: 'news', campaign: ref.campaign };
    case 'episodes':
      return {
        title: `矩阵问政 ${tag}`,
        programme: '矩阵节目',
        number: (episodeNumber += 1),
        airDate: '2019-05-01',
        campaign: ref.campaign,
      };
    case 'departments':
      return { name: `矩阵部门 ${tag}`, kind: 'other' };
    case 'pledges':
      return { title: `矩阵承诺 ${tag}`, department: ref.department, campaign: ref.campaign };
    case 'reporters':
      return { name: `矩阵记者 ${tag}`, kind: 'staff', unit: '新闻部' };
  }
};

/** A published document of the type (departments and reporters have no drafts), to read, update or delete. */
const makeDocument = async (path: RestPath, tag: string) =>
  (
    await createDocument(app, TYPES[path], bodyFor(path, tag), {
      draft: path === 'departments' || path === 'reporters',
    })
  ).documentId;

const documentCount = (path: RestPath) => app.strapi.db.query(TYPES[path]).count();

beforeAll(async () => {
  app = await startApp();
  const { campaign } = await createCampaignWithColumn(app, '权限矩阵活动');
  const department = await app.strapi
    .documents(CONTENT_TYPES.department)
    .create({ data: { name: '矩阵审批局', kind: 'district-department' } });
  Object.assign(ref, {
    campaign: campaign.documentId,
    campaignSlug: campaign.slug as string,
    department: department.documentId,
  });
  const tallyReaderRole = await createAdminRole(app, ['plugin::campaign-tally.read']);
  const [up, readOnly, fullAccess, author, editor, superAdmin, tallyReader] = await Promise.all([
    usersPermissionsJwt(app),
    apiToken(app, 'read-only'),
    apiToken(app, 'full-access'),
    adminJwt(app, [ADMIN_ROLES.author]),
    adminJwt(app, [ADMIN_ROLES.editor]),
    adminJwt(app, [ADMIN_ROLES.superAdmin]),
    adminJwt(app, [tallyReaderRole]),
  ]);
  Object.assign(headers, {
    public: {},
    upUser: bearer(up),
    readOnly: bearer(readOnly),
    fullAccess: bearer(fullAccess),
    author: bearer(author),
    editor: bearer(editor),
    superAdmin: bearer(superAdmin),
    tallyReader: bearer(tallyReader),
  });
});
afterAll(stopApp);

describe('content API: find, findOne, create, update, delete of every app type', () => {
  const cases = CALLERS.flatMap((caller) =>
    (Object.keys(TYPES) as RestPath[]).map((path) => [caller, path] as const)
  );

  it.each(cases)('%s on /api/%s', async (caller, path) => {
    const tag = `${caller}-${path}`;
    const target = await makeDocument(path, `${tag}-target`);
    const before = await documentCount(path);
    const http = () => app.http();
    const got: Record<Op, number> = {
      find: (await http().get(`/api/${path}`).set(headers[caller])).status,
      findOne: (await http().get(`/api/${path}/${target}`).set(headers[caller])).status,
      create: (
        await http()
          .post(`/api/${path}`)
          .set(headers[caller])
          .send({ data: bodyFor(path, `${tag}-new`) })
      ).status,
      update: (
        await http()
          .put(`/api/${path}/${target}`)
          .set(headers[caller])
          .send({
            data: {
              [path === 'articles' || path === 'episodes' || path === 'pledges' ? 'title' : 'name']:
                `改 ${tag}`,
            },
          })
      ).status,
      delete: (await http().delete(`/api/${path}/${target}`).set(headers[caller])).status,
    };
    expect(got).toEqual(CONTENT_API[caller]);
    // A refused write stores nothing: same number of rows, and the target still exists unchanged.
    if (CONTENT_API[caller].create !== 201) {
      expect(await documentCount(path)).toBe(before);
      const stored = await app.strapi.documents(TYPES[path]).findOne({ documentId: target });
      expect(JSON.stringify(stored)).not.toContain(`改 ${tag}`);
    }
  });
});

describe('campaign totals on the content API', () => {
  it.each(CALLERS)('%s', async (caller) => {
    const res = await app
      .http()
      .get(`/api/campaign-tally/campaigns/${ref.campaignSlug}/totals`)
      .set(headers[caller]);
    expect(res.status).toBe(TOTALS[caller]);
  });
});

describe('admin tally routes', () => {
  it.each(CALLERS)('%s', async (caller) => {
    const got: Record<string, number> = {};
    for (const route of ADMIN_ROUTES) {
      const query = route === 'campaigns' ? {} : { campaign: ref.campaignSlug };
      const res = await app
        .http()
        .get(`/campaign-tally/${route}`)
        .query(query)
        .set(headers[caller]);
      got[route] = res.status;
      // A refusal carries no tally: no counts, no file.
      if (res.status >= 400) {
        expect(res.headers['content-disposition']).toBeUndefined();
        expect(JSON.stringify(res.body)).not.toContain('totals');
      }
    }
    expect(got).toEqual(TALLY_ADMIN[caller]);
  });
});
