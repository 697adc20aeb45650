import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config-access';
import { createAssessmentReader } from './assessment-reader';
import { createCampaignRepository } from './campaign-repository';
import { createLedgerReader } from './ledger-reader';
import { createLedgerVerifier } from './ledger-verifier';
import { createLedgerWriter } from './ledger-writer';
import { createMetricsReader } from './metrics-reader';
import { createNameRepository } from './name-repository';
import { createScoringRuleRepository } from './scoring-rule-repository';
import { readSchemaMap } from './schema-map';
import { checkpointAfterBulkWrite, dialectOf } from './sql-dialect';

const created = new WeakMap<Core.Strapi, ReturnType<typeof build>>();

function build(strapi: Core.Strapi) {
  const { timeZone, heldLinksModel } = pluginConfig(strapi);
  const schema = readSchemaMap(strapi, heldLinksModel);
  const dialect = dialectOf(strapi);
  const db = strapi.db.connection;
  return {
    schema,
    campaigns: createCampaignRepository(strapi),
    columns: createNameRepository(db, schema.column, true),
    reporters: createNameRepository(db, schema.reporter.table, false),
    scoringRules: createScoringRuleRepository(strapi),
    ledgerReader: createLedgerReader(db, schema),
    assessment: createAssessmentReader(db, schema),
    ledgerWriter: createLedgerWriter(schema, dialect, timeZone),
    ledgerVerifier: createLedgerVerifier(db, schema, dialect, timeZone),
    metrics: createMetricsReader(db, schema),
    checkpoint: () => checkpointAfterBulkWrite(db, dialect),
  };
}

/**
 * All database access of the plugin, built once per Strapi instance on first use: Strapi's
 * metadata (the table names) exists only once the database is initialised, after register().
 */
export function createRepositories({ strapi }: { strapi: Core.Strapi }) {
  let repositories = created.get(strapi);
  if (!repositories) {
    repositories = build(strapi);
    created.set(strapi, repositories);
  }
  return repositories;
}

export type Repositories = ReturnType<typeof createRepositories>;
