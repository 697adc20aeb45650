import { BASE_URL } from './server-env';

export interface ApiResponse<T = unknown> {
  status: number;
  json: T;
  text: string;
}

/** One call to the admin HTTP API, as the admin panel itself makes it. */
export async function call<T = unknown>(
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {}
): Promise<ApiResponse<T>> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON; callers check the status.
  }
  return { status: res.status, json: json as T, text };
}

/** Fails with the response text when the status is not the expected one. */
export function expectStatus<T>(res: ApiResponse<T>, status: number, what: string): T {
  if (res.status !== status)
    throw new Error(`${what} gave ${res.status}, expected ${status}: ${res.text.slice(0, 400)}`);
  return res.json;
}

/** Logs in over POST /admin/login and returns the admin JWT. */
export async function login(email: string, password: string): Promise<string> {
  const res = await call<{ data: { token: string } }>('POST', '/admin/login', {
    body: { email, password },
  });
  return expectStatus(res, 200, `POST /admin/login for ${email}`).data.token;
}

interface Role {
  id: number;
  code: string;
  name: string;
}

/** Invites an admin with the given role code, then registers them as the invite link would. */
export async function createActiveAdmin(
  token: string,
  user: { roleCode: string; email: string; password: string; firstname: string; lastname: string }
): Promise<{ role: Role }> {
  const roles = expectStatus(
    await call<{ data: Role[] }>('GET', '/admin/roles', { token }),
    200,
    'GET /admin/roles'
  );
  const role = roles.data.find((r) => r.code === user.roleCode);
  if (!role) throw new Error(`role ${user.roleCode} does not exist`);
  const created = expectStatus(
    await call<{ data: { registrationToken: string } }>('POST', '/admin/users', {
      token,
      body: {
        email: user.email,
        firstname: user.firstname,
        lastname: user.lastname,
        roles: [role.id],
      },
    }),
    201,
    'POST /admin/users'
  );
  expectStatus(
    await call('POST', '/admin/register', {
      body: {
        registrationToken: created.data.registrationToken,
        userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password },
      },
    }),
    200,
    'POST /admin/register'
  );
  return { role };
}
