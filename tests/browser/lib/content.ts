import { call, expectStatus } from './admin-api';
import { passReview, REVIEWED } from './review';

export const UIDS = {
  campaign: 'api::campaign.campaign',
  column: 'api::special-column.special-column',
  article: 'api::article.article',
  episode: 'api::episode.episode',
  pledge: 'api::pledge.pledge',
  department: 'api::department.department',
  reporter: 'api::reporter.reporter',
} as const;
type Uid = (typeof UIDS)[keyof typeof UIDS];

export interface Doc {
  id: number;
  documentId: string;
  [key: string]: unknown;
}

/** A relation value in the content manager's own format. */
export const link = (...docs: Doc[]) => ({
  connect: docs.map((doc) => ({ id: doc.id, documentId: doc.documentId })),
});

/**
 * Creates a document through the content manager's admin API, as an editor's save does (and so
 * through the Document Service and the app's rules), then takes it through 三审 where its type
 * is reviewed and publishes it, unless `draft` is set.
 */
export async function createDoc(
  token: string,
  uid: Uid,
  data: Record<string, unknown>,
  { draft = false }: { draft?: boolean } = {}
): Promise<Doc> {
  const base = `/content-manager/collection-types/${uid}`;
  const created = expectStatus(
    await call<{ data: Doc }>('POST', base, { token, body: data }),
    201,
    `POST ${base}`
  ).data;
  // Departments and reporters are directories: no draft & publish.
  if (draft || uid === UIDS.department || uid === UIDS.reporter) return created;
  // Reviewed types go out after 三审, as in the newsroom.
  if (REVIEWED.has(uid)) await passReview(token, uid, created.documentId);
  const path = `${base}/${created.documentId}/actions/publish`;
  return expectStatus(
    await call<{ data: Doc }>('POST', path, { token, body: data }),
    200,
    `POST ${path}`
  ).data;
}
