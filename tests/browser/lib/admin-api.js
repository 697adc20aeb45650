'use strict';

const { assert } = require('./harness');

/** A tiny client for the admin HTTP API, as the admin panel itself calls it. */
function createAdminApi(baseUrl) {
  async function call(method, path, { token, body } = {}) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON; callers check the status.
    }
    return { status: res.status, json, text };
  }

  async function login(email, password) {
    const res = await call('POST', '/admin/login', { body: { email, password } });
    assert(res.status === 200, `POST /admin/login for ${email} gave ${res.status}: ${res.text}`);
    return res.json.data.token;
  }

  /** Invites an admin with the given role code, then registers them as the invite link would. */
  async function createActiveAdmin(token, { roleCode, email, password, firstname, lastname }) {
    const roles = await call('GET', '/admin/roles', { token });
    assert(roles.status === 200, `GET /admin/roles gave ${roles.status}`);
    const role = roles.json.data.find((r) => r.code === roleCode);
    assert(role, `role ${roleCode} does not exist`);

    const created = await call('POST', '/admin/users', {
      token,
      body: { email, firstname, lastname, roles: [role.id] },
    });
    assert(created.status === 201, `POST /admin/users gave ${created.status}: ${created.text}`);
    const registrationToken = created.json.data.registrationToken;
    assert(registrationToken, 'the new admin has no registration token');

    const registered = await call('POST', '/admin/register', {
      body: { registrationToken, userInfo: { firstname, lastname, password } },
    });
    assert(
      registered.status === 200,
      `POST /admin/register gave ${registered.status}: ${registered.text}`
    );
    return { role, user: created.json.data };
  }

  async function rolePermissions(token, roleId) {
    const res = await call('GET', `/admin/roles/${roleId}/permissions`, { token });
    assert(res.status === 200, `GET /admin/roles/${roleId}/permissions gave ${res.status}`);
    return res.json.data;
  }

  return { call, login, createActiveAdmin, rolePermissions };
}

module.exports = { createAdminApi };
