import type { Core } from '@strapi/strapi';

export const DEV_ADMIN_DEFAULTS = {
  email: 'admin@zhangdian.local',
  password: 'Zhangdian2024',
  firstname: '融媒',
  lastname: '管理员',
} as const;

/**
 * Creates the local super admin from ADMIN_EMAIL / ADMIN_PASSWORD (development defaults above)
 * so a fresh clone can log in at once. Never runs in production.
 */
export async function ensureDevSuperAdmin(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV !== 'development') return;
  const email = (process.env.ADMIN_EMAIL || DEV_ADMIN_DEFAULTS.email).toLowerCase();
  const password = process.env.ADMIN_PASSWORD || DEV_ADMIN_DEFAULTS.password;

  const users = strapi.service('admin::user');
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
    if (!superAdminRole)
      throw new Error('Super Admin role is missing; cannot create the local admin');
    await users.create({
      email,
      password,
      firstname: DEV_ADMIN_DEFAULTS.firstname,
      lastname: DEV_ADMIN_DEFAULTS.lastname,
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'zh-Hans',
      roles: [superAdminRole.id],
    });
  }
  strapi.log.info(
    `[dev] Admin login: ${email} / ${existing ? '(existing password)' : password} at ${strapi.config.get('admin.absoluteUrl', '/admin')}`
  );
}
