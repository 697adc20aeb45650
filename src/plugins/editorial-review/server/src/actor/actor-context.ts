import type { Core } from '@strapi/strapi';
import { AsyncLocalStorage } from 'async_hooks';
import type { Origin } from '../../../shared/constants';

export interface Actor {
  userId: number | null;
  userName: string | null;
  roles: string[];
  roleCodes: string[];
  ip: string | null;
  origin: Origin;
  /** A reason the caller gave for this action (撤稿, override), recorded with it. */
  reason?: string;
}

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: Array<{ name: string; code: string }>;
}

/** Actions run by code on someone's behalf: the seed, the CLI, a schedule firing, a withdrawal. */
const overrides = new AsyncLocalStorage<Partial<Actor>>();

/** Runs `work` with these actor fields in force for every write it makes. */
export const runAsActor = <T>(actor: Partial<Actor>, work: () => Promise<T>): Promise<T> =>
  overrides.run({ ...overrides.getStore(), ...actor }, work);

/** An admin user's name as the centre writes it: 姓 then 名, no space. */
export const displayName = (user: AdminUser): string =>
  [user.lastname, user.firstname].filter(Boolean).join('') ||
  user.username ||
  user.email ||
  `#${user.id}`;

export const actorOfUser = (user: AdminUser, origin: Origin, ip: string | null = null): Actor => ({
  userId: user.id,
  userName: displayName(user),
  roles: (user.roles ?? []).map((r) => r.name),
  roleCodes: (user.roles ?? []).map((r) => r.code),
  ip,
  origin,
});

/** Who is acting now: the request's caller, or what runAsActor set, or the system. */
export function currentActor(strapi: Core.Strapi): Actor {
  const override = overrides.getStore() ?? {};
  const ctx = strapi.requestContext.get() as
    | {
        request?: { ip?: string };
        state?: {
          user?: AdminUser;
          auth?: { strategy?: { name?: string } };
          route?: { info?: { type?: string } };
        };
      }
    | undefined;
  let actor: Actor = {
    userId: null,
    userName: null,
    roles: [],
    roleCodes: [],
    ip: null,
    origin: 'system',
  };
  if (ctx) {
    const isAdmin =
      ctx.state?.route?.info?.type === 'admin' || ctx.state?.auth?.strategy?.name === 'admin';
    const origin: Origin = isAdmin ? 'admin' : 'api';
    const user = isAdmin ? ctx.state?.user : undefined;
    actor = user
      ? actorOfUser(user, origin, ctx.request?.ip ?? null)
      : {
          ...actor,
          origin,
          ip: ctx.request?.ip ?? null,
          userName: ctx.state?.auth?.strategy?.name ?? null,
        };
  }
  return { ...actor, ...override };
}
