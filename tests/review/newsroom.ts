import type { TestApp } from '../harness/strapi-app';
import { bearer } from '../harness/callers';

const PASSWORD = 'Review1234abcd';
let counter = 0;

/** The review roles of the app (src/bootstrap/admin-roles.ts) by what they do in the chain. */
export const REVIEW_ROLES = {
  reporter: 'strapi-author',
  editor: 'strapi-editor',
  director: 'review-director',
  chief: 'review-chief',
} as const;

export interface Person {
  id: number;
  name: string;
  auth: Record<string, string>;
}

/** A logged-in admin holding the given role codes, with a Chinese name of its own. */
export async function person(app: TestApp, name: string, roleCodes: string[]): Promise<Person> {
  const roles = await Promise.all(
    roleCodes.map(async (code) => {
      const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
      if (!role) throw new Error(`role ${code} is missing`);
      return role.id as number;
    })
  );
  const email = `review-${process.pid}-${++counter}@test.local`;
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: name.slice(1),
    lastname: name.slice(0, 1),
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles,
  });
  const res = await app.http().post('/admin/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login of ${name} failed: ${res.status}`);
  return { id: user.id as number, name, auth: bearer(res.body.data.token as string) };
}

/** 记者, 编辑, 主任 and 总编辑: one person per role. */
export async function newsroom(app: TestApp) {
  return {
    reporter: await person(app, '张记者', [REVIEW_ROLES.reporter]),
    editor: await person(app, '李编辑', [REVIEW_ROLES.editor]),
    director: await person(app, '王主任', [REVIEW_ROLES.director]),
    chief: await person(app, '赵总编', [REVIEW_ROLES.chief]),
  };
}
export type Newsroom = Awaited<ReturnType<typeof newsroom>>;

export const ARTICLE = 'api::article.article';
export const CM = (uid: string) => `/content-manager/collection-types/${uid}`;
export const REVIEW = (uid: string, documentId: string) =>
  `/editorial-review/documents/${uid}/${documentId}`;

/** The review calls of the admin's 三审 panel. */
export const reviewCalls = (app: TestApp) => ({
  state: (who: Person, uid: string, id: string) => app.http().get(REVIEW(uid, id)).set(who.auth),
  submit: (who: Person, uid: string, id: string) =>
    app
      .http()
      .post(`${REVIEW(uid, id)}/submit`)
      .set(who.auth)
      .send({}),
  approve: (who: Person, uid: string, id: string, opinion?: string) =>
    app
      .http()
      .post(`${REVIEW(uid, id)}/approve`)
      .set(who.auth)
      .send(opinion ? { opinion } : {}),
  reject: (who: Person, uid: string, id: string, reason?: string) =>
    app
      .http()
      .post(`${REVIEW(uid, id)}/reject`)
      .set(who.auth)
      .send(reason === undefined ? {} : { reason }),
  withdraw: (who: Person, uid: string, id: string, reason?: string) =>
    app
      .http()
      .post(`${REVIEW(uid, id)}/withdraw`)
      .set(who.auth)
      .send(reason === undefined ? {} : { reason }),
});

export const ACTION_UID = 'plugin::publisher.action';

/** The publisher's schedule calls, as its edit-view panel makes them, and its timer's firing. */
export const scheduleCalls = (app: TestApp) => ({
  schedule: (who: Person, entityId: string, executeAt: Date) =>
    app
      .http()
      .post('/publisher/actions')
      .set(who.auth)
      .send({ data: { mode: 'publish', entityId, entitySlug: ARTICLE, executeAt, locale: null } }),

  /** Makes a schedule due and fires it as the plugin's timer would. */
  async fire(actionDocumentId: string) {
    await app.strapi.db.query(ACTION_UID).update({
      where: { documentId: actionDocumentId },
      data: { executeAt: new Date(Date.now() - 1000) },
    });
    const action = await app.strapi.db
      .query(ACTION_UID)
      .findOne({ where: { documentId: actionDocumentId } });
    await app.strapi.plugin('publisher').service('publicationService').toggle(action, 'publish');
  },
});
