import type { Core } from '@strapi/strapi';
import type { ExportFormat, TallyExportDocument } from '../../../shared/contracts';
import { toCsv } from '../exports/csv';
import { paramLabels, tallyTable } from '../exports/tally-table';
import { assessmentXlsx, toXlsx } from '../exports/xlsx';
import { assessmentTable } from '../exports/assessment-table';
import type { AssessmentQuery } from './assessment';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config-access';
import { todayIn } from '../periods/time-zone';
import type { ValidTallyQuery } from '../validation/tally-query';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** Renders a tally as a downloadable CSV, XLSX or JSON file. */
export const createExportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Tallies the campaign and renders the file, named <slug>-tally-<local date>.<format>. */
  async exportTally(query: ValidTallyQuery, format: ExportFormat): Promise<ExportFile> {
    const data = await getService('tally', { strapi }).tally(query);
    const filename = `${data.campaign.slug}-tally-${todayIn(pluginConfig(strapi).timeZone)}.${format}`;
    if (format === 'csv')
      return { filename, contentType: CONTENT_TYPES.csv, body: toCsv(tallyTable(data)) };
    if (format === 'xlsx')
      return { filename, contentType: CONTENT_TYPES.xlsx, body: await toXlsx(data) };
    const document: TallyExportDocument = {
      campaign: data.campaign,
      rule: data.rule,
      params: data.params,
      paramLabels: paramLabels(data.params),
      generatedAt: data.generatedAt,
      appVersion: data.appVersion,
      totals: data.totals,
      scoring: data.scoring,
      rows: data.rows,
    };
    return { filename, contentType: CONTENT_TYPES.json, body: JSON.stringify(document, null, 2) };
  },

  /** The 考核表 of a range, named 稿件考核-<from>-<to>.<format>; the JSON is the whole answer. */
  async exportAssessment(query: AssessmentQuery, format: ExportFormat): Promise<ExportFile> {
    const data = await getService('assessment', { strapi }).assess(query);
    const filename = `稿件考核-${query.campaign ? `${query.campaign}-` : ''}${query.from}-${query.to}.${format}`;
    if (format === 'csv')
      return { filename, contentType: CONTENT_TYPES.csv, body: toCsv(assessmentTable(data)) };
    if (format === 'xlsx')
      return { filename, contentType: CONTENT_TYPES.xlsx, body: await assessmentXlsx(data) };
    return { filename, contentType: CONTENT_TYPES.json, body: JSON.stringify({ data }, null, 2) };
  },
});

export type ExportService = ReturnType<typeof createExportService>;
