import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { AUDIT_ACTION_LABELS, ORIGIN_LABELS } from '../../../shared/constants';
import type { AuditRecord } from '../../../shared/contracts';
import { beijingTime } from './sheet-export';

const COLUMNS: Array<[string, (r: AuditRecord) => string | number]> = [
  ['编号', (r) => r.id],
  ['时间', (r) => beijingTime(r.occurredAt)],
  ['操作人', (r) => r.userName ?? ''],
  ['角色', (r) => r.roles ?? ''],
  ['IP', (r) => r.ip ?? ''],
  ['途径', (r) => ORIGIN_LABELS[r.origin] ?? r.origin],
  ['操作', (r) => AUDIT_ACTION_LABELS[r.action] ?? r.action],
  ['类型', (r) => r.contentType ?? ''],
  ['文档编号', (r) => r.documentId ?? ''],
  ['修改字段', (r) => r.fieldLabels.join('、')],
  ['修改前标题', (r) => r.titleBefore ?? ''],
  ['修改后标题', (r) => r.titleAfter ?? ''],
  ['说明', (r) => r.detail ?? ''],
];

/** CSV with a BOM, so Excel opens the Chinese as UTF-8. */
export const toAuditCsv = (rows: AuditRecord[]): string =>
  '\ufeff' + stringify([COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))]);

export async function toAuditXlsx(rows: AuditRecord[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('操作日志');
  ws.addRow(COLUMNS.map(([h]) => h)).font = { bold: true };
  for (const r of rows) ws.addRow(COLUMNS.map(([, f]) => f(r)));
  ws.columns.forEach((c, i) => (c.width = [8, 17, 10, 14, 14, 10, 10, 24, 26, 20, 30, 30, 40][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
