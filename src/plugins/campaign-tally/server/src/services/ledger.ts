import type { Core } from '@strapi/strapi';
import type {
  LedgerRebuildReport,
  LedgerVerifyReport,
  TalliedType,
} from '../../../shared/contracts';
import { pluginConfig } from '../plugin-config-access';
import { resolveLedgerTables, type LedgerTables } from '../repositories/ledger-tables';
import { createLedgerWriter, type LedgerWriter } from '../repositories/ledger-writer';
import { createLedgerVerifier } from '../repositories/ledger-verifier';
import { dialectOf } from '../repositories/sql-dialect';

/** Keeps the publication ledger in step with published content; every write joins the caller's transaction. */
export const createLedgerService = ({ strapi }: { strapi: Core.Strapi }) => {
  let resolved: { tables: LedgerTables; writer: LedgerWriter } | null = null;

  // Metadata exists only once the database is initialised, after register(): resolve on first use.
  const ledger = () => {
    if (!resolved) {
      const config = pluginConfig(strapi);
      const tables = resolveLedgerTables(strapi, config);
      resolved = { tables, writer: createLedgerWriter(tables, dialectOf(strapi), config.timeZone) };
    }
    return resolved;
  };

  return {
    /** Table names and relations the ledger reads; resolved from Strapi's metadata. */
    tables: () => ledger().tables,

    /** Tallied type short name of a content-type uid, or null for types the ledger ignores. */
    talliedTypeOf(uid: string): TalliedType | null {
      const types = pluginConfig(strapi).types;
      const entry = Object.entries(types).find(([, t]) => t?.uid === uid);
      return entry ? (entry[0] as TalliedType) : null;
    },

    /** Re-reads the published versions of these documents into the ledger. */
    async syncDocuments(type: TalliedType, documentIds: string[]) {
      if (!documentIds.length) return;
      await strapi.db.transaction(({ trx }) =>
        ledger().writer.syncDocuments(trx, type, documentIds)
      );
    },

    /** Re-reads every document linked to a campaign or column whose own publication changed. */
    async syncLinkedTo(target: 'campaign' | 'column', documentId: string) {
      await strapi.db.transaction(async ({ trx }) => {
        const linked = await ledger().writer.documentsLinkedTo(trx, target, documentId);
        for (const [type, ids] of linked) await ledger().writer.syncDocuments(trx, type, ids);
      });
    },

    /** Forgets a deleted department. */
    async removeDepartment(documentId: string) {
      await strapi.db.transaction(({ trx }) => ledger().writer.removeDepartment(trx, documentId));
    },

    /** Rebuilds the whole ledger from the content tables with set-based INSERT … SELECT. */
    async rebuild(): Promise<LedgerRebuildReport> {
      const started = Date.now();
      const counts = await strapi.db.transaction(({ trx }) => ledger().writer.rebuild(trx));
      return { ...counts, tookMs: Date.now() - started };
    },

    /** Compares the ledger with a fresh SQL recount and reports every difference. */
    async verify(): Promise<LedgerVerifyReport> {
      const config = pluginConfig(strapi);
      return createLedgerVerifier(
        strapi.db.connection,
        ledger().tables,
        dialectOf(strapi),
        config.timeZone
      ).verify();
    },
  };
};

export type LedgerService = ReturnType<typeof createLedgerService>;
