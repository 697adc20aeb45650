import type { Core } from '@strapi/strapi';
import type { AuditAction } from '../../../shared/constants';
import type { AuditRecord } from '../../../shared/contracts';
import { currentActor, type Actor } from '../actor/actor-context';
import { AUDIT_TABLE } from '../content-types';
import { createAuditRepository, type AuditFilter } from '../repositories/audit-repository';

export interface AuditEvent {
  action: AuditAction;
  contentType: string | null;
  documentId: string | null;
  fields?: string[];
  titleBefore?: string | null;
  titleAfter?: string | null;
  detail?: string | null;
}

/** The 操作日志: appends in the caller's transaction, reads newest first. */
type Metadatas = Record<string, { edit?: { label?: string } }>;

/** The edit form's label of each field of a type, from the content manager's configuration. */
async function fieldLabelsOf(strapi: Core.Strapi, uid: string): Promise<Record<string, string>> {
  const model = strapi.contentType(uid as never);
  if (!model) return {};
  const configuration = (await strapi
    .plugin('content-manager')
    .service('content-types')
    .findConfiguration(model)) as { metadatas?: Metadatas };
  return Object.fromEntries(
    Object.entries(configuration.metadatas ?? {})
      .filter(([, m]) => typeof m.edit?.label === 'string' && m.edit.label)
      .map(([field, m]) => [field, m.edit!.label as string])
  );
}

export const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createAuditRepository(strapi);
  const entry = (event: AuditEvent, actor: Actor) => ({
    ...event,
    origin: actor.origin,
    userId: actor.userId,
    userName: actor.userName,
    roles: actor.roles,
    ip: actor.ip,
    detail: event.detail ?? actor.reason ?? null,
  });

  return {
    /** Records an action in the current transaction: it commits or rolls back with the action. */
    record(event: AuditEvent, actor: Actor = currentActor(strapi)): Promise<void> {
      return repository.append(entry(event, actor));
    },

    /**
     * Records a refused action after its transaction has rolled back. It goes through the root
     * connection, outside the request's transaction context, and is not awaited: on SQLite's
     * single connection it runs once the rolled-back transaction has let go of it.
     */
    recordRefusal(event: AuditEvent, actor: Actor = currentActor(strapi)): void {
      const row = entry(event, actor);
      strapi.db
        .connection(AUDIT_TABLE)
        .insert({
          occurred_at: Date.now(),
          user_id: row.userId,
          user_name: row.userName,
          roles: row.roles.join('、').slice(0, 255),
          ip: row.ip,
          origin: row.origin,
          action: row.action,
          item_type: row.contentType,
          item_document_id: row.documentId,
          title_before: row.titleBefore ?? null,
          title_after: row.titleAfter ?? null,
          detail: row.detail,
        })
        .catch((error: Error) =>
          strapi.log.error(`[editorial-review] refusal not recorded: ${error.message}`)
        );
    },

    /** Entries, newest first, each with its fields named as the edit form names them. */
    async list(filter: AuditFilter): Promise<AuditRecord[]> {
      const rows = await repository.list(filter);
      const labels = new Map<string, Record<string, string>>();
      for (const uid of new Set(rows.map((r) => r.contentType).filter(Boolean) as string[]))
        labels.set(uid, await fieldLabelsOf(strapi, uid));
      return rows.map((row) => ({
        ...row,
        fieldLabels: row.fields.map((f) => labels.get(row.contentType ?? '')?.[f] ?? f),
      }));
    },
  };
};

export type AuditService = ReturnType<typeof createAuditService>;
