import type { Response as AgentResponse } from 'superagent';
import type { TestApp } from './strapi-app';

const PASSWORD = 'Test1234abcd';
let counter = 0;
const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** Admin role codes Strapi creates on first start. */
export const ADMIN_ROLES = {
  superAdmin: 'strapi-super-admin',
  editor: 'strapi-editor',
  author: 'strapi-author',
} as const;

/** Creates an admin with the given roles (codes or ids) and returns its login JWT. */
export async function adminJwt(app: TestApp, roles: Array<string | number>): Promise<string> {
  const roleIds = await Promise.all(
    roles.map(async (role) => {
      if (typeof role === 'number') return role;
      const found = await app.strapi.db.query('admin::role').findOne({ where: { code: role } });
      if (!found) throw new Error(`admin role ${role} not found`);
      return found.id as number;
    })
  );
  const email = `${uniqueName('admin')}@test.local`;
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Admin',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: roleIds,
  });
  const res = await app.http().post('/admin/login').send({ email, password: PASSWORD });
  if (res.status !== 200)
    throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
}

export const superAdminJwt = (app: TestApp) => adminJwt(app, [ADMIN_ROLES.superAdmin]);
export const editorJwt = (app: TestApp) => adminJwt(app, [ADMIN_ROLES.editor]);
export const authorJwt = (app: TestApp) => adminJwt(app, [ADMIN_ROLES.author]);

/** Creates an admin role holding exactly the given actions and returns its id. */
export async function createAdminRole(app: TestApp, actions: string[]): Promise<number> {
  const role = await app.strapi
    .service('admin::role')
    .create({ name: uniqueName('role'), description: 'test' });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role.id as number;
}

/** A content-API token of the given type ('read-only' or 'full-access'); returns its access key. */
export async function apiToken(
  app: TestApp,
  type: 'read-only' | 'full-access' = 'read-only'
): Promise<string> {
  const token = await app.strapi.service('admin::api-token').create({
    name: uniqueName(`token-${type}`),
    type,
    kind: 'content-api',
    lifespan: null,
  });
  return token.accessKey as string;
}

/** A new users-permissions user of the authenticated role; returns how to log in as it. */
export async function createAppUser(
  app: TestApp
): Promise<{ identifier: string; password: string }> {
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const username = uniqueName('reader');
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@test.local`,
      password: PASSWORD,
      confirmed: true,
      blocked: false,
      provider: 'local',
      role: role.id,
    });
  return { identifier: username, password: PASSWORD };
}

/** A users-permissions user of the authenticated role, logged in over /api/auth/local. */
export async function usersPermissionsJwt(app: TestApp): Promise<string> {
  const res = await app
    .http()
    .post('/api/auth/local')
    .send(await createAppUser(app));
  if (res.status !== 200)
    throw new Error(`users-permissions login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt as string;
}

/** A supertest parser that collects a download as a Buffer, whatever its content type. */
export const binary = (res: AgentResponse, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
