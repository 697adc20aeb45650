import type { Core } from '@strapi/strapi';
import type { AuditAction, Origin } from '../../../shared/constants';
import type { AuditRecord } from '../../../shared/contracts';
import { AUDIT_TABLE } from '../content-types';

export interface AuditInput {
  action: AuditAction;
  origin: Origin;
  userId: number | null;
  userName: string | null;
  roles: string[];
  ip: string | null;
  contentType: string | null;
  documentId: string | null;
  fields?: string[];
  titleBefore?: string | null;
  titleAfter?: string | null;
  detail?: string | null;
}

export interface AuditFilter {
  action?: string;
  origin?: string;
  contentType?: string;
  documentId?: string;
  userId?: number;
  from?: number;
  to?: number;
  /** Entries with an id below this one: the next page. */
  before?: number;
  limit: number;
}

type AuditRow = {
  id: number;
  occurred_at: number | string;
  user_id: number | null;
  user_name: string | null;
  roles: string | null;
  ip: string | null;
  origin: string;
  action: string;
  item_type: string | null;
  item_document_id: string | null;
  fields: string | null;
  title_before: string | null;
  title_after: string | null;
  detail: string | null;
};

const clip = (text: string | null | undefined, max = 255) =>
  text == null ? null : text.slice(0, max);

/** All SQL of the audit log: append and read. There is deliberately no update or delete here. */
export const createAuditRepository = (strapi: Core.Strapi) => {
  // Through the query builder of the current transaction, so the entry commits with its action.
  const table = () => strapi.db.getConnection(AUDIT_TABLE);

  return {
    async append(entry: AuditInput): Promise<void> {
      await strapi.db.transaction(({ trx }) =>
        trx(AUDIT_TABLE).insert({
          occurred_at: Date.now(),
          user_id: entry.userId,
          user_name: clip(entry.userName),
          roles: clip(entry.roles.join('、')),
          ip: clip(entry.ip, 64),
          origin: entry.origin,
          action: entry.action,
          item_type: entry.contentType,
          item_document_id: entry.documentId,
          fields: entry.fields?.length ? entry.fields.join(',') : null,
          title_before: clip(entry.titleBefore),
          title_after: clip(entry.titleAfter),
          detail: entry.detail ?? null,
        })
      );
    },

    /** Newest first, keyset-paged by id: a page costs the same at 10M entries as at 10. */
    async list(filter: AuditFilter): Promise<Array<Omit<AuditRecord, 'fieldLabels'>>> {
      const query = table().select('*').orderBy('id', 'desc').limit(filter.limit);
      if (filter.action) query.where('action', filter.action);
      if (filter.origin) query.where('origin', filter.origin);
      if (filter.contentType) query.where('item_type', filter.contentType);
      if (filter.documentId) query.where('item_document_id', filter.documentId);
      if (filter.userId !== undefined) query.where('user_id', filter.userId);
      if (filter.from !== undefined) query.where('occurred_at', '>=', filter.from);
      if (filter.to !== undefined) query.where('occurred_at', '<', filter.to);
      if (filter.before !== undefined) query.where('id', '<', filter.before);
      const rows = (await query) as AuditRow[];
      return rows.map((row) => ({
        id: Number(row.id),
        occurredAt: new Date(Number(row.occurred_at)).toISOString(),
        userId: row.user_id === null ? null : Number(row.user_id),
        userName: row.user_name,
        roles: row.roles,
        ip: row.ip,
        origin: row.origin as Origin,
        action: row.action as AuditAction,
        contentType: row.item_type,
        documentId: row.item_document_id,
        fields: row.fields ? row.fields.split(',') : [],
        titleBefore: row.title_before,
        titleAfter: row.title_after,
        detail: row.detail,
      }));
    },
  };
};

export type AuditRepository = ReturnType<typeof createAuditRepository>;
