import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../content-rules/uids';
import { CAMPAIGN, COLUMNS, DEPARTMENTS, type ColumnKey } from './demo-data';
import { DEMO_REPORTERS } from './demo-data/authors';
import { DEMO_SCORING_RULES } from './demo-data/scoring-rules';
import { SCORING_RULE } from '../content-rules/scoring-rule-rules';
import { ensurePublishedAt } from './publish-backdated';
import { documentIdsByKey, shanghaiTime } from './seed-context';
import type { SeedReport } from './seed-report';

/** The demo campaign, found by name or created and published on its start date. */
export async function seedCampaign(strapi: Core.Strapi, report: SeedReport): Promise<string> {
  const existing = await documentIdsByKey(strapi, CONTENT_TYPES.campaign, 'name', [CAMPAIGN.name]);
  const { documentId, created } = await ensurePublishedAt(
    strapi,
    CONTENT_TYPES.campaign,
    existing.get(CAMPAIGN.name),
    { ...CAMPAIGN },
    shanghaiTime('03-01 08:00')
  );
  report.campaign[created ? 'created' : 'existing'] += 1;
  return documentId;
}

/** The campaign's columns on the app, TV, newspaper and WeChat, by name. */
export async function seedColumns(
  strapi: Core.Strapi,
  report: SeedReport,
  campaignId: string
): Promise<Record<ColumnKey, string>> {
  const names = COLUMNS.map((column) => column.name);
  const existing = await documentIdsByKey(strapi, CONTENT_TYPES.column, 'name', names);
  const ids = {} as Record<ColumnKey, string>;
  for (const { key, ...column } of COLUMNS) {
    const { documentId, created } = await ensurePublishedAt(
      strapi,
      CONTENT_TYPES.column,
      existing.get(column.name),
      { ...column, campaign: campaignId },
      shanghaiTime('03-01 08:30')
    );
    ids[key] = documentId;
    report.column[created ? 'created' : 'existing'] += 1;
  }
  return ids;
}

/** District departments, towns and streets, by name. Departments have no draft & publish. */
export async function seedDepartments(
  strapi: Core.Strapi,
  report: SeedReport
): Promise<Map<string, string>> {
  const names = DEPARTMENTS.map((department) => department.name);
  const ids = await documentIdsByKey(strapi, CONTENT_TYPES.department, 'name', names);
  for (const department of DEPARTMENTS) {
    if (ids.has(department.name)) {
      report.department.existing += 1;
      continue;
    }
    const created = await strapi.documents(CONTENT_TYPES.department).create({ data: department });
    ids.set(department.name, created.documentId);
    report.department.created += 1;
  }
  return ids;
}

/** The demo reporters and correspondents (demo-data/authors.ts): documentId by name. */
export async function seedReporters(
  strapi: Core.Strapi,
  report: SeedReport,
  departmentIds: Map<string, string>
): Promise<Map<string, string>> {
  const names = DEMO_REPORTERS.map((reporter) => reporter.name);
  const ids = await documentIdsByKey(strapi, CONTENT_TYPES.reporter, 'name', names);
  for (const { department, ...reporter } of DEMO_REPORTERS) {
    if (ids.has(reporter.name)) {
      report.reporter.existing += 1;
      continue;
    }
    const departmentId = department ? departmentIds.get(department) : undefined;
    if (department && !departmentId)
      throw new Error(`demo reporter ${reporter.name} names an unknown department: ${department}`);
    const created = await strapi.documents(CONTENT_TYPES.reporter).create({
      data: {
        ...reporter,
        unitTerms: reporter.unitTerms?.map((term) => ({ ...term })) ?? [],
        department: departmentId ?? null,
      },
    });
    ids.set(reporter.name, created.documentId);
    report.reporter.created += 1;
  }
  return ids;
}

/** The demo 考核计分规则 versions (demo-data/scoring-rules.ts), by name. */
export async function seedScoringRules(strapi: Core.Strapi, report: SeedReport): Promise<void> {
  const names = DEMO_SCORING_RULES.map((rule) => rule.name);
  const ids = await documentIdsByKey(strapi, SCORING_RULE, 'name', names);
  for (const rule of DEMO_SCORING_RULES) {
    if (ids.has(rule.name)) {
      report['scoring-rule'].existing += 1;
      continue;
    }
    await strapi.documents(SCORING_RULE).create({ data: JSON.parse(JSON.stringify(rule)) });
    report['scoring-rule'].created += 1;
  }
}
