import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type AppContentType } from '../content-rules/uids';
import { ADMIN_ROLE_LABELS } from './admin-role-labels';

const EXPLORER = 'plugin::content-manager.explorer';
const IS_CREATOR = 'admin::is-creator';

export const ADMIN_ROLE_CODES = {
  editor: 'strapi-editor',
  author: 'strapi-author',
  director: 'review-director',
  chief: 'review-chief',
} as const;
type RoleKey = keyof typeof ADMIN_ROLE_CODES;

/** Roles Strapi does not create: made here, once, with the labels of admin-role-labels.ts. */
const CREATED_ROLES: RoleKey[] = ['director', 'chief'];

const REVIEW = 'plugin::editorial-review';
/**
 * The 三审 rights of each role: 记者 (Strapi's Author) writes and submits, 编辑 signs 初审,
 * 主任 复审 and 总编辑 终审. A centre maps the actions to its own roles in the admin.
 */
export const REVIEW_GRANTS: Record<RoleKey, string[]> = {
  author: [],
  editor: [`${REVIEW}.review-level-one`, `${REVIEW}.read-sheets`],
  director: [`${REVIEW}.review-level-two`, `${REVIEW}.read-sheets`, `${REVIEW}.read-audit`],
  chief: [`${REVIEW}.review-level-three`, `${REVIEW}.read-sheets`, `${REVIEW}.read-audit`],
};

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';
interface RoleGrant {
  subjects: string[];
  verbs: Verb[];
  conditions: string[];
}

const ALL_TYPES = Object.values(CONTENT_TYPES) as AppContentType[];
/** What authors attach their items to (a byline names a reporter); set up by editors. */
const REFERENCE_TYPES: AppContentType[] = [
  CONTENT_TYPES.campaign,
  CONTENT_TYPES.column,
  CONTENT_TYPES.department,
  CONTENT_TYPES.reporter,
];

/**
 * The role matrix for the app's types. Editors manage and publish everyone's items. Authors create
 * and edit their own items (Strapi's is-creator condition, as its default Author) and never
 * publish or delete: an editor decides what goes out. Authors read every campaign, column and
 * department, or their relation pickers would only offer the ones they created themselves.
 * Scheduling a publish needs the publish right too (src/extensions/publisher).
 */
const MANAGE_ALL: RoleGrant[] = [
  {
    subjects: ALL_TYPES,
    verbs: ['create', 'read', 'update', 'delete', 'publish'],
    conditions: [],
  },
];

export const ROLE_MATRIX: Record<RoleKey, RoleGrant[]> = {
  editor: MANAGE_ALL,
  director: MANAGE_ALL,
  chief: MANAGE_ALL,
  author: [
    { subjects: ALL_TYPES, verbs: ['create', 'update'], conditions: [IS_CREATOR] },
    {
      subjects: ALL_TYPES.filter((uid) => !REFERENCE_TYPES.includes(uid)),
      verbs: ['read'],
      conditions: [IS_CREATOR],
    },
    { subjects: REFERENCE_TYPES, verbs: ['read'], conditions: [] },
  ],
};

interface StoredPermission {
  action: string;
  actionParameters?: unknown;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}
interface ActionLike {
  actionId: string;
  subjects?: string[];
}

/**
 * The rule books: the 错敏词 library's two types and the 考核计分规则. Reviewers read them, the
 * 总编辑 maintains them; a reporter sees neither (scoring rules decide their own points).
 */
const RULE_BOOKS = [
  'plugin::editorial-review.word',
  'plugin::editorial-review.allowed-term',
  'api::scoring-rule.scoring-rule',
];
export const RULE_BOOK_GRANTS: Record<RoleKey, Verb[]> = {
  author: [],
  editor: ['read'],
  director: ['read'],
  chief: ['create', 'read', 'update', 'delete'],
};

/** The subjects this file owns on a role: what it grants there replaces what is stored. */
const isManagedSubject = (subject: unknown) =>
  ALL_TYPES.includes(subject as AppContentType) || RULE_BOOKS.includes(subject as string);

const isRegisteredAction = (strapi: Core.Strapi, action: string) =>
  !!(
    strapi.service('admin::permission') as { actionProvider: { get(id: string): unknown } }
  ).actionProvider.get(action);

/** The permissions a grant gives on the app's types, with every field, as Strapi builds its own. */
function permissionsFor(strapi: Core.Strapi, grant: RoleGrant): StoredPermission[] {
  const { actionProvider } = strapi.service('admin::permission') as {
    actionProvider: { get(id: string): ActionLike | undefined };
  };
  const contentTypeService = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: ActionLike[]): StoredPermission[];
  };
  const actions = grant.verbs.map((verb) => {
    const action = actionProvider.get(`${EXPLORER}.${verb}`);
    if (!action) throw new Error(`content manager action ${EXPLORER}.${verb} is not registered`);
    // Publish only exists for draft & publish types: department has none.
    return {
      ...action,
      subjects: (action.subjects ?? []).filter((uid) => grant.subjects.includes(uid)),
    };
  });
  return contentTypeService
    .getPermissionsWithNestedFields(actions)
    .map((permission) => ({ ...permission, conditions: [...grant.conditions] }));
}

/** Replaces a role's permissions on the app's types with the grants; its other permissions are kept. */
async function applyGrants(strapi: Core.Strapi, key: RoleKey): Promise<void> {
  const code = ADMIN_ROLE_CODES[key];
  const words = RULE_BOOK_GRANTS[key];
  const grants: RoleGrant[] = [
    ...ROLE_MATRIX[key],
    ...(words.length > 0 ? [{ subjects: RULE_BOOKS, verbs: words, conditions: [] }] : []),
  ];
  const roleService = strapi.service('admin::role');
  let role = await roleService.findOne({ code });
  if (!role && CREATED_ROLES.includes(key)) {
    const label = ADMIN_ROLE_LABELS[code];
    role = await roleService.create({ name: label.name, description: label.description, code });
  }
  if (!role) {
    // Strapi creates the default roles on first start; a missing one was deleted on purpose.
    strapi.log.warn(`[admin-roles] role ${code} does not exist; its permissions are not set`);
    return;
  }
  const stored = (await strapi
    .service('admin::permission')
    .findMany({ where: { role: { id: role.id } } })) as StoredPermission[];
  const kept = stored
    .filter((p) => !(p.action.startsWith(`${EXPLORER}.`) && isManagedSubject(p.subject)))
    .filter((p) => !p.action.startsWith(`${REVIEW}.`))
    .map(({ action, actionParameters, subject, properties, conditions }) => ({
      action,
      actionParameters,
      subject,
      properties,
      conditions,
    }));
  // assignPermissions diffs against what is stored: unchanged rows stay, so restarts add nothing.
  await roleService.assignPermissions(role.id, [
    ...kept,
    ...grants.flatMap((grant) => permissionsFor(strapi, grant)),
    // Only actions the review plugin registered: with it switched off there are none.
    ...REVIEW_GRANTS[key]
      .filter((action) => isRegisteredAction(strapi, action))
      .map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ]);
}

/**
 * Sets the permissions of 记者, 编辑, 主任 and 总编辑 on the app's types and the review chain,
 * creating 主任 and 总编辑 the first time. Idempotent; runs at every boot.
 */
export async function applyAdminRoles(strapi: Core.Strapi): Promise<void> {
  for (const [key, code] of Object.entries(ADMIN_ROLE_CODES)) {
    try {
      await applyGrants(strapi, key as RoleKey);
    } catch (error) {
      strapi.log.error(
        `[admin-roles] could not set permissions of ${code}: ${(error as Error).message}`
      );
      throw error;
    }
  }
}
