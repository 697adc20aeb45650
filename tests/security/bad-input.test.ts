import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { apiToken, bearer, superAdminJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn, createDocument } from '../harness/fixtures';
import { dataChecksum } from './data-checksum';

/**
 * Bad input never gives a 500 and never changes data. Each case is a query string sent as is;
 * `mustRefuse` cases must be a 4xx with a message, the others (valid but hostile values, such as
 * a SQL fragment as a filter value) may also be a 200. Failures are collected and reported at once.
 */
type Case = { url: string; mustRefuse: boolean };

const LONG = 'a'.repeat(10_000);
const enc = (pairs: Array<[string, string]>) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

let app: TestApp;
let slug = '';
let articleId = '';
let admin: Record<string, string> = {};
let fullAccess: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  const { campaign, column } = await createCampaignWithColumn(app, '坏输入活动');
  slug = campaign.slug as string;
  const article = await createDocument(app, CONTENT_TYPES.article, {
    title: '坏输入稿件',
    format: 'news',
    column: column.documentId,
  });
  articleId = article.documentId;
  await createDocument(app, CONTENT_TYPES.episode, {
    title: '坏输入问政',
    programme: '张店民声',
    number: 1,
    airDate: '2019-04-10',
    campaign: campaign.documentId,
    problems: [{ description: '材料多', status: 'open' }],
  });
  admin = bearer(await superAdminJwt(app));
  fullAccess = bearer(await apiToken(app, 'full-access'));
});
afterAll(stopApp);

/** Hostile values for the tally routes' parameters, each alone beside a valid campaign. */
function tallyCases(route: 'tallies' | 'export' | 'summary'): Case[] {
  const bad: Array<Array<[string, string]>> = [
    [],
    [['campaign', LONG]],
    [
      ['campaign[]', 'a'],
      ['campaign[]', 'b'],
    ],
    [['campaign[$ne]', 'x']],
    [
      ['campaign', 'x'],
      ['$where', '1=1'],
    ],
    [['campaign', `'; DROP TABLE articles; --`]],
    [['campaign', '优化营商环境😀\u0000']],
    [
      ['campaign', slug],
      ['from', '2019-02-30'],
    ],
    [
      ['campaign', slug],
      ['from', '2019-13-01'],
    ],
    [
      ['campaign', slug],
      ['to', '2019-1-1'],
    ],
    [
      ['campaign', slug],
      ['from', LONG],
    ],
    [
      ['campaign', slug],
      ['from', '2019-06-01'],
      ['to', '2019-03-01'],
    ],
    [
      ['campaign', slug],
      ['from[]', '2019-03-01'],
    ],
    [
      ['campaign', slug],
      ['from', '1e20'],
    ],
    [
      ['campaign', slug],
      ['unknown', '1'],
    ],
  ];
  if (route !== 'summary') {
    bad.push(
      [
        ['campaign', slug],
        ['groupBy', 'colour'],
      ],
      [
        ['campaign', slug],
        ['groupBy', 'type,type'],
      ],
      [
        ['campaign', slug],
        ['groupBy', `type,${LONG}`],
      ],
      [
        ['campaign', slug],
        ['groupBy[]', 'type'],
      ],
      [
        ['campaign', slug],
        ['groupBy', `type'; DROP TABLE x; --`],
      ],
      [
        ['campaign', slug],
        ['period', 'year'],
      ],
      [
        ['campaign', slug],
        ['period[0]', 'month'],
      ],
      [
        ['campaign', slug],
        ['period', '-1'],
      ]
    );
  } else {
    bad.push([
      ['campaign', slug],
      ['groupBy', 'type'],
    ]);
  }
  if (route === 'export') {
    bad.push(
      [
        ['campaign', slug],
        ['format', 'exe'],
      ],
      [
        ['campaign', slug],
        ['format[]', 'csv'],
      ],
      [
        ['campaign', slug],
        ['format', '../../etc/passwd'],
      ]
    );
  }
  // The query parser drops prototype keys, so these are the valid request: a 200 is right.
  const dropped: Array<Array<[string, string]>> = [
    [
      ['campaign', slug],
      ['__proto__[x]', '1'],
    ],
    [
      ['campaign', slug],
      ['constructor[prototype][x]', '1'],
    ],
  ];
  const url = (pairs: Array<[string, string]>) => `/campaign-tally/${route}?${enc(pairs)}`;
  return [
    ...bad.map((pairs) => ({ url: url(pairs), mustRefuse: true })),
    ...dropped.map((pairs) => ({ url: url(pairs), mustRefuse: false })),
  ];
}

function totalsCases(): Case[] {
  const slugs = [
    LONG,
    `'; DROP TABLE articles; --`,
    '优化😀',
    '%00',
    '..%2F..%2Fadmin',
    'x'.repeat(201),
  ];
  return [
    ...slugs.map((s) => ({
      url: `/api/campaign-tally/campaigns/${encodeURIComponent(s)}/totals`,
      mustRefuse: true,
    })),
    { url: `/api/campaign-tally/campaigns/${slug}/totals?${enc([['x', '1']])}`, mustRefuse: true },
    {
      url: `/api/campaign-tally/campaigns/${slug}/totals?${enc([['__proto__[x]', '1']])}`,
      mustRefuse: false,
    },
  ];
}

/** Content-API query params, for each list route, plus hostile documentIds. */
function contentCases(): Case[] {
  const refused: Array<[string, string]>[] = [
    [['pagination[page]', '1e20']],
    [['pagination[pageSize]', '-1']],
    [['pagination[page]', 'abc']],
    [['pagination[pageSize]', '1e20']],
    [['pagination[start]', '-5']],
    [['pagination[limit]', 'abc']],
    [['pagination[page][$gt]', '1']],
    [['filters[title][$foo]', 'x']],
    [['$where', '1=1']],
    [['filters[$where]', '1=1']],
    [['filters[title][$raw]', 'x']],
    [['sort', 'title:sideways']],
    [['sort', `title'; DROP TABLE articles; --`]],
    [['fields[0]', 'nonexistent']],
    [['populate', 'nonexistent']],
    [['filters[createdBy][password][$eq]', 'x']],
    [['filters[number][$eq]', 'abc']],
    [['filters[airDate][$eq]', '2019-13-01']],
    [['filters[firstPublishedAt][$gt]', '2019-02-30']],
    [['filters[publishedAt][$lt]', 'not-a-date']],
    [['filters[sortOrder][$gt]', LONG]],
    [['unknown', '1']],
    // The shapes issue 9 listed as 500s.
    [['filters[0]', 'x']],
    [['filters[]', 'x']],
    [['filters[0][title][$eq]', 'x']],
    [['fields', '']],
    [['fields[0]', 'constructor']],
    [['fields', '__proto__']],
    [['filters[$and]', 'x']],
    [['filters[$or][0]', 'x']],
    [['filters[$not]', 'x']],
    [['_q[a]', 'x']],
    [['filters[updatedAt][$lt][$gt]', '1']],
    [['sort', '..%2F..%2Fetc']],
    [['sort', 'column:asc']],
    [['filters', 'x']],
    [['filters[title][$between]', 'x']],
    [['filters[title][$between][0]', 'a']],
  ];
  const tolerated: Array<[string, string]>[] = [
    [['filters[title][$eq]', `'; DROP TABLE articles; --`]],
    [['filters[title][$eq]', LONG]],
    [['filters[title][$containsi]', '优化营商环境😀\u0000%_']],
    [['filters[slug][$eq]', 'a\u0000']],
    [['filters[campaign][slug][$in][0]', '\u0000']],
    [['filters[$or][0][title][$eq]', 'x']],
    [
      ['filters[title][$eq][0]', 'a'],
      ['filters[title][$eq][1]', 'b'],
    ],
    [['filters[title][$in]', 'x']],
    [['filters[title][$null]', 'maybe']],
    [['filters[__proto__][x]', '1']],
    [['__proto__[x]', '1']],
    [
      ['sort[0]', 'title:desc'],
      ['sort[1]', 'title:asc'],
    ],
    // Stripped by the query parser, or overridden (status is always published on /api).
    [['populate[__proto__][x]', '1']],
    [['status', LONG]],
    [['filters[id][$in]', 'abc']],
  ];
  const paths = ['articles', 'campaigns', 'special-columns', 'episodes', 'departments', 'pledges'];
  const lists = paths.flatMap((p) => [
    ...refused.map((q) => ({
      url: `/api/${p}?${enc(q)}`,
      mustRefuse: true,
    })),
    ...tolerated.map((q) => ({ url: `/api/${p}?${enc(q)}`, mustRefuse: false })),
  ]);
  const ids = [LONG, `'; DROP TABLE articles; --`, '优化😀', '%00', '..%2F..%2F'];
  return [
    ...lists,
    ...ids.map((id) => ({ url: `/api/articles/${encodeURIComponent(id)}`, mustRefuse: true })),
  ];
}

/** Sends every case and returns a line per case that was a 5xx, or a 2xx/3xx where a 4xx was due. */
async function failuresOf(cases: Case[], headers: Record<string, string>) {
  const failures: string[] = [];
  for (const { url, mustRefuse } of cases) {
    const res = await app.http().get(url).set(headers);
    const shortUrl = url.length > 160 ? `${url.slice(0, 160)}…(${url.length})` : url;
    const message = res.body?.error?.message as string | undefined;
    if (res.status >= 500)
      failures.push(`${res.status} ${shortUrl} ${message ?? res.text.slice(0, 200)}`);
    else if (mustRefuse && (res.status < 400 || !message))
      failures.push(`${res.status} (4xx with message expected) ${shortUrl}`);
    else if (res.status >= 400 && !message)
      failures.push(`${res.status} without message ${shortUrl}`);
  }
  return failures;
}

describe('bad query input is a 4xx with a message, never a 500, and changes nothing', () => {
  let before: Awaited<ReturnType<typeof dataChecksum>>;
  beforeAll(async () => {
    before = await dataChecksum(app.strapi);
  });

  it('tally, export and summary routes', async () => {
    const cases = [...tallyCases('tallies'), ...tallyCases('export'), ...tallyCases('summary')];
    expect(await failuresOf(cases, admin)).toEqual([]);
  });

  it('totals route', async () => {
    expect(await failuresOf(totalsCases(), {})).toEqual([]);
  });

  it('content routes, for the public and a full-access token', async () => {
    const cases = contentCases();
    expect(await failuresOf(cases, {})).toEqual([]);
    expect(
      await failuresOf(
        cases.filter((c) => c.url.startsWith('/api/articles')),
        fullAccess
      )
    ).toEqual([]);
  });

  it('no data changed', async () => {
    expect(await dataChecksum(app.strapi)).toEqual(before);
    expect(before.rows).toMatchObject({ articles: 2 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

const CM = '/content-manager/collection-types/api::article.article';

describe('malformed and oversize bodies on the write paths are refused and store nothing', () => {
  const valid = () => ({ title: '写入测试', format: 'news', campaign: { connect: [] } });

  it('content-manager create and update, and content-API create', async () => {
    const before = await dataChecksum(app.strapi);
    const big = { title: 'x'.repeat(5 * 1024 * 1024), format: 'news' };
    const bodies: Array<[string, string | object]> = [
      ['invalid JSON', '{"title": "x", format: '],
      ['5 MB body', big],
      ['wrong types', { title: 123, format: ['news'], departments: 'x' }],
      ['unknown enum', { title: '枚举', format: 'podcast' }],
      ['unknown field', { ...valid(), colour: 'red', __proto__: { polluted: true } }],
      [
        'relation to a missing documentId',
        { title: '关系', format: 'news', campaign: 'nonexistent0000000000000' },
      ],
      ['prototype key', JSON.parse('{"title":"原型","format":"news","__proto__":{"x":1}}')],
    ];
    const failures: string[] = [];
    const send = async (
      label: string,
      method: 'post' | 'put',
      url: string,
      headers: Record<string, string>,
      body: string | object
    ) => {
      const req = app.http()[method](url).set(headers).set('Content-Type', 'application/json');
      const res = await req.send(
        typeof body === 'string'
          ? body
          : JSON.stringify(url.startsWith('/api') ? { data: body } : body)
      );
      const message = res.body?.error?.message;
      if (res.status < 400 || res.status >= 500 || !message)
        failures.push(
          `${res.status} ${method.toUpperCase()} ${url} ${label}: ${message ?? res.text.slice(0, 200)}`
        );
    };
    for (const [label, body] of bodies) {
      await send(label, 'post', CM, admin, body);
      await send(label, 'put', `${CM}/${articleId}`, admin, body);
      await send(label, 'post', '/api/articles', fullAccess, body);
    }
    expect(failures).toEqual([]);
    expect(await dataChecksum(app.strapi)).toEqual(before);
  });
});
