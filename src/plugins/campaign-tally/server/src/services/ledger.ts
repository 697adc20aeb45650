import type { Core, UID } from '@strapi/strapi';
import type { LedgerRebuildReport, LedgerVerifyReport } from '../../../shared/contracts';
import { TALLIED_TYPE_RECORDS, type TalliedType } from '../../../shared/tallied-types';
import { PLUGIN_ID } from '../../../shared/contracts';
import { createRepositories } from '../repositories';

/**
 * The shape of the ledger's rows. A boot that finds another one rebuilds the ledger once.
 * 2: department rows repeat their publication's campaign, day and dimensions, and a
 * publication with no department has an empty-department row.
 * 3: the placement and 上稿 dimensions, and the credit rows (reporter, unit, share).
 */
const LEDGER_FORMAT = 3;

/** Keeps the publication ledger in step with published content; every write joins the caller's transaction. */
export const createLedgerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const writer = () => createRepositories({ strapi }).ledgerWriter;

  return {
    /** Tallied type short name of a content-type uid, or null for types the ledger ignores. */
    talliedTypeOf(uid: UID.ContentType | string): TalliedType | null {
      return TALLIED_TYPE_RECORDS.find((t) => t.uid === uid)?.type ?? null;
    },

    /** Re-reads the published versions of these documents into the ledger. */
    async syncDocuments(type: TalliedType, documentIds: string[]) {
      if (!documentIds.length) return;
      await strapi.db.transaction(({ trx }) => writer().syncDocuments(trx, type, documentIds));
    },

    /** Re-reads every document linked to a campaign or column whose own publication changed. */
    async syncLinkedTo(target: 'campaign' | 'column', documentId: string) {
      await strapi.db.transaction(async ({ trx }) => {
        const linked = await writer().documentsLinkedTo(trx, target, documentId);
        for (const [type, ids] of linked) await writer().syncDocuments(trx, type, ids);
      });
    },

    /** Re-reads the documents crediting a reporter whose unit, kind or existence changed. */
    async syncCreditsOf(reporterDocumentId: string) {
      await strapi.db.transaction(async ({ trx }) => {
        const crediting = await writer().documentsCrediting(trx, reporterDocumentId);
        for (const [type, ids] of crediting) await writer().syncDocuments(trx, type, ids);
      });
    },

    /** Forgets a deleted department. */
    async removeDepartment(documentId: string) {
      await strapi.db.transaction(({ trx }) => writer().removeDepartment(trx, documentId));
    },

    /** Rebuilds the whole ledger from the content tables with set-based INSERT … SELECT. */
    async rebuild(): Promise<LedgerRebuildReport> {
      const started = Date.now();
      const counts = await strapi.db.transaction(({ trx }) => writer().rebuild(trx));
      await createRepositories({ strapi }).checkpoint();
      return { ...counts, tookMs: Date.now() - started };
    },

    /** Rebuilds the ledger when it was written in an earlier format (see LEDGER_FORMAT). */
    async ensureCurrentFormat() {
      const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
      if ((await store.get({ key: 'ledger-format' })) === LEDGER_FORMAT) return;
      const report = await this.rebuild();
      await store.set({ key: 'ledger-format', value: LEDGER_FORMAT });
      strapi.log.info(
        `campaign-tally: ledger rebuilt in format ${LEDGER_FORMAT}: ${report.publications} publications in ${report.tookMs} ms`
      );
    },

    /** Compares the ledger with a fresh SQL recount and reports every difference. */
    async verify(): Promise<LedgerVerifyReport> {
      return createRepositories({ strapi }).ledgerVerifier.verify();
    },
  };
};

export type LedgerService = ReturnType<typeof createLedgerService>;
