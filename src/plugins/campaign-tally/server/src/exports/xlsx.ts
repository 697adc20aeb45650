import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { TallyResponse } from '../../../shared/contracts';
import type { AssessmentResponse } from '../../../shared/scoring';
import { assessmentDetailTable, assessmentRuleTable, assessmentTable } from './assessment-table';
import { exportFacts, tallyTable, type TallyTable } from './tally-table';

/** A sheet of a table: frozen bold header, columns as wide as their widest cell (capped). */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: TallyTable, max = 60) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    const cells = [table.headers[i], ...table.rows.map((r) => String(r[i] ?? ''))];
    column.width = Math.min(max, Math.max(8, ...cells.map((c) => stringWidth(c))) + 2);
  });
  return sheet;
}

/** The 考核表 workbook: 考核表 (per reporter), 计分明细 (per story and reporter), 计分规则. */
export async function assessmentXlsx(data: AssessmentResponse['data']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'campaign-tally';
  workbook.created = new Date(data.generatedAt);
  addTableSheet(workbook, '考核表', assessmentTable(data));
  addTableSheet(workbook, '计分明细', assessmentDetailTable(data), 40);
  const rules = addTableSheet(workbook, '计分规则', assessmentRuleTable(data), 80);
  rules.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An XLSX workbook: the data sheet (frozen bold header) and a sheet with the rule and parameters. */
export async function toXlsx(data: TallyResponse['data']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'campaign-tally';
  workbook.created = new Date(data.generatedAt);

  addTableSheet(workbook, '统计数据', tallyTable(data));

  const about = workbook.addWorksheet('统计口径与参数');
  about.addRow(['项目', '内容']);
  for (const fact of exportFacts(data)) about.addRow(fact);
  about.getRow(1).font = { bold: true };
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 100;
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
