import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type AppContentType } from '../content-rules/uids';

const EXPLORER = 'plugin::content-manager.explorer';
const PUBLISH = `${EXPLORER}.publish`;
const IS_CREATOR = 'admin::is-creator';

export const ADMIN_ROLE_CODES = { editor: 'strapi-editor', author: 'strapi-author' } as const;

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';
interface RoleGrant {
  subjects: AppContentType[];
  verbs: Verb[];
  conditions: string[];
}

const ALL_TYPES = Object.values(CONTENT_TYPES) as AppContentType[];
/** What authors attach their items to; set up by editors. */
const REFERENCE_TYPES: AppContentType[] = [
  CONTENT_TYPES.campaign,
  CONTENT_TYPES.column,
  CONTENT_TYPES.department,
];

/**
 * The role matrix for the six types. Editors manage and publish everyone's items. Authors create
 * and edit their own items (Strapi's is-creator condition, as its default Author) and never
 * publish or delete: an editor decides what goes out. Authors read every campaign, column and
 * department, or their relation pickers would only offer the ones they created themselves.
 * Scheduling a publish needs the publish right too (see guardSchedulingRoutes).
 */
export const ROLE_MATRIX: Record<keyof typeof ADMIN_ROLE_CODES, RoleGrant[]> = {
  editor: [
    {
      subjects: ALL_TYPES,
      verbs: ['create', 'read', 'update', 'delete', 'publish'],
      conditions: [],
    },
  ],
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

const isAppSubject = (subject: unknown) => ALL_TYPES.includes(subject as AppContentType);

/** The permissions a grant gives on the six types, with every field, as Strapi builds its own. */
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
      subjects: (action.subjects ?? []).filter((uid) =>
        grant.subjects.includes(uid as AppContentType)
      ),
    };
  });
  return contentTypeService
    .getPermissionsWithNestedFields(actions)
    .map((permission) => ({ ...permission, conditions: [...grant.conditions] }));
}

/** Replaces a role's permissions on the six types with the grants; its other permissions are kept. */
async function applyGrants(strapi: Core.Strapi, code: string, grants: RoleGrant[]): Promise<void> {
  const roleService = strapi.service('admin::role');
  const role = await roleService.findOne({ code });
  if (!role) {
    // Strapi creates the default roles on first start; a missing one was deleted on purpose.
    strapi.log.warn(`[admin-roles] role ${code} does not exist; its permissions are not set`);
    return;
  }
  const stored = (await strapi
    .service('admin::permission')
    .findMany({ where: { role: { id: role.id } } })) as StoredPermission[];
  const kept = stored
    .filter((p) => !(p.action.startsWith(`${EXPLORER}.`) && isAppSubject(p.subject)))
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
  ]);
}

/** Sets the Editor and Author permissions on the app's types. Idempotent; runs at every boot. */
export async function applyAdminRoles(strapi: Core.Strapi): Promise<void> {
  for (const [key, code] of Object.entries(ADMIN_ROLE_CODES)) {
    try {
      await applyGrants(strapi, code, ROLE_MATRIX[key as keyof typeof ADMIN_ROLE_CODES]);
    } catch (error) {
      strapi.log.error(
        `[admin-roles] could not set permissions of ${code}: ${(error as Error).message}`
      );
      throw error;
    }
  }
}

/** Strapi's policy context copies koa's own properties only: method is read from request. */
interface PolicyContext {
  params?: Record<string, string>;
  request: { method: string; body?: { data?: { entitySlug?: unknown } } };
  state: { userAbility?: { can(action: string, subject?: string): boolean } };
}
interface PluginRoute {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * strapi-plugin-publisher 2.0.9 registers no RBAC actions and puts no policy on its admin routes,
 * so any admin, an Author included, could schedule a publish. Creating, moving or deleting a
 * schedule therefore needs the content manager's publish right on the scheduled type, the right
 * the plugin's own UI already checks before it shows the scheduler.
 */
async function canSchedule(
  ctx: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
): Promise<boolean> {
  const ability = ctx.state.userAbility;
  if (!ability) return false;
  let entitySlug = ctx.request.body?.data?.entitySlug;
  if (ctx.request.method !== 'POST') {
    const documentId = ctx.params?.id;
    const scheduled = documentId
      ? await strapi.documents('plugin::publisher.action' as never).findOne({ documentId } as never)
      : null;
    // An unknown id falls through to the controller's own 404.
    if (!scheduled) return true;
    entitySlug = (scheduled as { entitySlug?: unknown }).entitySlug;
  }
  return typeof entitySlug === 'string' && ability.can(PUBLISH, entitySlug);
}

const CAN_SCHEDULE_POLICY = 'global::can-schedule';

/** Puts the publish-right policy on the publisher plugin's admin write routes. Call in register. */
export function guardSchedulingRoutes(strapi: Core.Strapi): void {
  // Route policies are resolved by name, so the guard is registered before routes are mounted.
  strapi.get('policies').set(CAN_SCHEDULE_POLICY, canSchedule);
  const plugin = strapi.plugin('publisher') as unknown as
    { routes?: Record<string, { routes?: PluginRoute[] }> } | undefined;
  const routes = plugin?.routes?.admin?.routes;
  if (!routes) {
    strapi.log.warn(
      '[admin-roles] publisher plugin admin routes not found; scheduling is not guarded'
    );
    return;
  }
  for (const route of routes) {
    if (!route.path.startsWith('/actions') || route.method === 'GET') continue;
    route.config = {
      ...route.config,
      policies: [...(route.config?.policies ?? []), CAN_SCHEDULE_POLICY],
    };
  }
}
