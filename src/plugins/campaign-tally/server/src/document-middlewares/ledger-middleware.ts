import type { Core } from '@strapi/strapi';
import {
  CAMPAIGN_UID,
  COLUMN_UID,
  DEPARTMENT_UID,
  REPORTER_UID,
} from '../../../shared/tallied-types';
import { getService } from '../get-service';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Params = { documentId?: string; status?: string };

/** Actions that change what is published: the ledger follows published versions only. */
const PUBLICATION_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/** Whether this Document Service call can change a published version. */
const changesPublished = (action: string, params: Params) =>
  PUBLICATION_ACTIONS.has(action) ||
  // create/update with status 'published' publish internally, without calling publish() again.
  ((action === 'create' || action === 'update') && params.status === 'published');

const TARGETS: Record<string, 'campaign' | 'column'> = {
  [CAMPAIGN_UID]: 'campaign',
  [COLUMN_UID]: 'column',
};

/**
 * Keeps the ledger current. The ledger write runs in the same transaction as the content write
 * (strapi.db.transaction joins an outer one), so a tally never sees one without the other.
 */
export const ledgerMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const { uid, action } = context;
    const params = (context.params ?? {}) as Params;
    const ledger = getService('ledger', { strapi });
    const type = ledger.talliedTypeOf(uid);
    const target = TARGETS[uid] ?? null;
    const isDepartmentDelete = uid === DEPARTMENT_UID && action === 'delete';
    // A reporter's unit and kind are read into the credit rows of what they published.
    const isReporterChange = uid === REPORTER_UID && (action === 'update' || action === 'delete');
    // A campaign or column taken off the app changes no item (the app holds their links until
    // it is back), so its unpublish leaves the ledger alone; its publish may move an outlet.
    const targetChange = target && changesPublished(action, params) && action !== 'unpublish';
    if (
      !isDepartmentDelete &&
      !isReporterChange &&
      !(type && changesPublished(action, params)) &&
      !targetChange
    )
      return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId =
        params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) {
        if (type) await ledger.syncDocuments(type, [documentId]);
        else if (target) await ledger.syncLinkedTo(target, documentId);
        else if (isReporterChange) await ledger.syncCreditsOf(documentId);
        else await ledger.removeDepartment(documentId);
      }
      return result;
    });
  };
