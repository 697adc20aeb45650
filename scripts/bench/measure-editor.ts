import { adminAuth } from './measure-http';
import { p50 } from './stats';

/**
 * An editor's everyday actions, sent to the content manager's own routes as the admin UI sends
 * them, p50 over `reps` runs. Every item is one the bench creates and deletes again, so the data
 * set (and its ground truth) is left as it was.
 */
export const EDITOR_ACTIONS = [
  'save',
  'publish',
  'publishWithData',
  'unpublish',
  'bulkPublish50',
  'delete',
  'listView',
  'listSearch',
  'editView',
  'tallyByDepartmentAndPeriod',
] as const;
export type EditorAction = (typeof EDITOR_ACTIONS)[number];

export const CM = '/content-manager/collection-types/api::article.article';

/** One admin API call as the admin UI makes it; anything but a 2xx stops the bench. */
export async function call(
  base: string,
  auth: Record<string, string>,
  method: string,
  path: string,
  body?: unknown
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300)
    throw new Error(`bench: ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as { data?: Record<string, unknown> }) : {};
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The documentId of a campaign's first published column, read as the app reads it. */
export async function firstColumnOf(base: string, campaignSlug: string): Promise<string> {
  const columns = (await (
    await fetch(
      `${base}/api/special-columns?filters[campaign][slug][$eq]=${campaignSlug}&fields[0]=name`
    )
  ).json()) as { data: Array<{ documentId: string }> };
  const column = columns.data[0]?.documentId;
  if (!column) throw new Error(`bench: campaign ${campaignSlug} has no published column`);
  return column;
}

/**
 * The CMS's own actions are measured with 三审 off (REVIEW_LEVELS 0 for every type): a publish
 * needs no sign-offs, as before review existed. measure-review.ts times the reviewed publish.
 */
export const REVIEW_OFF = { REVIEW_LEVELS: 'article:0,episode:0,pledge:0' };

export async function measureEditorActions(
  base: string,
  admin: { email: string; password: string },
  campaignSlug: string,
  reps = 15
): Promise<Record<EditorAction, number>> {
  const auth = await adminAuth(base, admin);
  const column = await firstColumnOf(base, campaignSlug);

  const runs = Object.fromEntries(EDITOR_ACTIONS.map((a) => [a, [] as number[]])) as Record<
    EditorAction,
    number[]
  >;
  const draft = (title: string) => ({ title, format: 'news', column });
  const create = async (title: string) =>
    (await call(base, auth, 'POST', CM, draft(title))).data as { documentId: string; slug: string };

  // One warm-up round, not counted, then `reps` rounds.
  for (let rep = -1; rep < reps; rep += 1) {
    const keep = <T>(action: EditorAction, ms: number, value?: T) => {
      if (rep >= 0) runs[action].push(ms);
      return value;
    };
    const title = `基准编辑操作稿件${rep + 1}`;
    const { documentId, slug } = await create(title);
    const path = `${CM}/${documentId}`;
    keep(
      'save',
      await timed(() => call(base, auth, 'PUT', path, { ...draft(`${title}改`), slug }))
    );
    keep('editView', await timed(() => call(base, auth, 'GET', path)));
    keep('publish', await timed(() => call(base, auth, 'POST', `${path}/actions/publish`, {})));
    keep(
      'publishWithData',
      await timed(() =>
        call(base, auth, 'POST', `${path}/actions/publish`, { ...draft(`${title}再改`), slug })
      )
    );
    keep('unpublish', await timed(() => call(base, auth, 'POST', `${path}/actions/unpublish`, {})));
    keep('delete', await timed(() => call(base, auth, 'DELETE', path)));
    keep(
      'listView',
      await timed(() => call(base, auth, 'GET', `${CM}?page=1&pageSize=10&sort=updatedAt:DESC`))
    );
    keep(
      'listSearch',
      await timed(() =>
        call(
          base,
          auth,
          'GET',
          `${CM}?page=1&pageSize=10&sort=updatedAt:DESC&_q=${encodeURIComponent('营商')}`
        )
      )
    );
    keep(
      'tallyByDepartmentAndPeriod',
      await timed(() =>
        call(
          base,
          auth,
          'GET',
          `/campaign-tally/tallies?campaign=${campaignSlug}&groupBy=department,period&period=month`
        )
      )
    );
    // Bulk publish of 50 is heavier: every third round.
    if (rep % 3 === 0) {
      const ids: string[] = [];
      for (let i = 0; i < 50; i += 1) ids.push((await create(`${title}批量${i}`)).documentId);
      keep(
        'bulkPublish50',
        await timed(() =>
          call(base, auth, 'POST', `${CM}/actions/bulkPublish`, { documentIds: ids })
        )
      );
      await call(base, auth, 'POST', `${CM}/actions/bulkDelete`, { documentIds: ids });
    }
  }
  return Object.fromEntries(EDITOR_ACTIONS.map((a) => [a, p50(runs[a])])) as Record<
    EditorAction,
    number
  >;
}
