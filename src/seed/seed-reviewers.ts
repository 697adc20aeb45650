import type { Core } from '@strapi/strapi';
import { ADMIN_ROLE_CODES } from '../bootstrap/admin-roles';
import { DEV_ADMIN_DEFAULTS } from '../bootstrap/dev-admin';

/** The demo's newsroom: one reporter and the three reviewers who sign its stories. */
export const DEMO_REVIEWERS = [
  {
    key: 'reporter',
    email: 'reporter@zhangdian.local',
    lastname: '张',
    firstname: '记者',
    role: ADMIN_ROLE_CODES.author,
  },
  {
    key: 'editor',
    email: 'editor@zhangdian.local',
    lastname: '李',
    firstname: '编辑',
    role: ADMIN_ROLE_CODES.editor,
  },
  {
    key: 'director',
    email: 'director@zhangdian.local',
    lastname: '王',
    firstname: '主任',
    role: ADMIN_ROLE_CODES.director,
  },
  {
    key: 'chief',
    email: 'chief@zhangdian.local',
    lastname: '赵',
    firstname: '总编',
    role: ADMIN_ROLE_CODES.chief,
  },
] as const;

export type DemoNewsroom = Record<
  (typeof DEMO_REVIEWERS)[number]['key'],
  { id: number; name: string; roleName: string }
>;

/**
 * Finds or creates the demo reviewers. In development they can log in with the development
 * password, so a new user can walk the chain as each of them; elsewhere they exist only as the
 * names on the demo's sign-off sheets, inactive and without a password.
 */
export async function ensureDemoNewsroom(strapi: Core.Strapi): Promise<DemoNewsroom> {
  const development = process.env.NODE_ENV === 'development';
  const newsroom = {} as DemoNewsroom;
  for (const person of DEMO_REVIEWERS) {
    const role = (await strapi.service('admin::role').findOne({ code: person.role })) as {
      id: number;
      name: string;
    } | null;
    if (!role) throw new Error(`[seed] role ${person.role} is missing; the demo reviewers need it`);
    let user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: person.email } })) as { id: number } | null;
    if (!user)
      user = (await strapi.service('admin::user').create({
        email: person.email,
        firstname: person.firstname,
        lastname: person.lastname,
        ...(development
          ? { password: DEV_ADMIN_DEFAULTS.password, isActive: true }
          : { isActive: false }),
        registrationToken: null,
        preferedLanguage: 'zh-Hans',
        roles: [role.id],
      })) as { id: number };
    newsroom[person.key] = {
      id: user.id,
      name: `${person.lastname}${person.firstname}`,
      roleName: role.name,
    };
  }
  return newsroom;
}
