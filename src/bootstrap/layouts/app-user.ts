import { SYSTEM_FIELDS, type LayoutSpec } from './types';

/**
 * The users-permissions "User" type: the app's registered readers, not the editors (who are
 * admin users). Its name comes from the admin's translations (src/admin/app.tsx); these are its
 * field labels. Self-registration is off, so editors rarely touch it.
 */
export const appUserLayout: LayoutSpec = {
  settings: { mainField: 'username', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' },
  fields: {
    ...SYSTEM_FIELDS,
    username: { label: '用户名' },
    email: { label: '电子邮箱' },
    provider: { label: '登录方式' },
    password: { label: '密码' },
    resetPasswordToken: { label: '重置密码令牌' },
    confirmationToken: { label: '确认令牌' },
    confirmed: { label: '已确认邮箱' },
    blocked: { label: '已禁用' },
    role: { label: '角色' },
  },
  list: ['username', 'email', 'confirmed', 'blocked', 'createdAt'],
  edit: [
    [
      { name: 'username', size: 6 },
      { name: 'email', size: 6 },
    ],
    [
      { name: 'password', size: 6 },
      { name: 'role', size: 6 },
    ],
    [
      { name: 'confirmed', size: 4 },
      { name: 'blocked', size: 4 },
    ],
  ],
};
