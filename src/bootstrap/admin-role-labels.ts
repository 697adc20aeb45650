import type { Core } from '@strapi/strapi';

/**
 * The Chinese name and description of Strapi's three default admin roles, by role code. Strapi
 * creates them in English on first start and shows the stored text in the users list, the roles
 * settings and the profile badge; the code stays as it is, since the admin and the role matrix
 * (admin-roles.ts) find roles by code.
 */
export const ADMIN_ROLE_LABELS: Record<string, { name: string; description: string }> = {
  'strapi-super-admin': {
    name: '超级管理员',
    description: '拥有全部权限：管理后台用户、角色、接口令牌和系统设置。',
  },
  'strapi-editor': {
    name: '编辑',
    description:
      '管理所有人的稿件、问政节目、部门承诺、专栏专题和专项活动；负责初审，终审通过后可发布。',
  },
  'strapi-author': {
    name: '记者',
    description:
      '撰写和修改自己的稿件等内容并送审，不能发布或删除；经初审、复审、终审后由编辑发布。',
  },
  'review-director': {
    name: '主任',
    description: '部门主任或值班编辑：负责复审，可查看签发单和操作日志，终审通过后可发布。',
  },
  'review-chief': {
    name: '总编辑',
    description: '总编辑或分管领导：负责终审，可查看签发单和操作日志，终审通过后可发布。',
  },
};

/** Writes the Chinese names and descriptions at every boot; a role already labelled is left. */
export async function applyAdminRoleLabels(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('admin::role');
  for (const [code, label] of Object.entries(ADMIN_ROLE_LABELS)) {
    const role = (await roles.findOne({ where: { code } })) as {
      id: number;
      name: string;
      description: string | null;
    } | null;
    // A deleted default role stays deleted; admin-roles.ts warns about it.
    if (!role || (role.name === label.name && role.description === label.description)) continue;
    // Names are unique: a custom role that took the name keeps it, and this one keeps Strapi's.
    const clash = await roles.findOne({ where: { name: label.name, id: { $ne: role.id } } });
    if (clash) {
      strapi.log.warn(
        `[admin-role-labels] another role is named ${label.name}; ${code} is not renamed`
      );
      continue;
    }
    await roles.update({ where: { id: role.id }, data: label });
  }
}
