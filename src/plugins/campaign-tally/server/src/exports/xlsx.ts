import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { TallyResponse } from '../../../shared/contracts';
import { exportFacts, tallyTable } from './tally-table';

/** An XLSX workbook: the data sheet (frozen bold header) and a sheet with the rule and parameters. */
export async function toXlsx(data: TallyResponse['data']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'campaign-tally';
  workbook.created = new Date(data.generatedAt);

  const table = tallyTable(data);
  const sheet = workbook.addWorksheet('统计数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    const cells = [table.headers[i], ...table.rows.map((r) => String(r[i] ?? ''))];
    column.width = Math.min(60, Math.max(10, ...cells.map((c) => stringWidth(c))) + 2);
  });

  const about = workbook.addWorksheet('统计口径与参数');
  about.addRow(['项目', '内容']);
  for (const fact of exportFacts(data)) about.addRow(fact);
  about.getRow(1).font = { bold: true };
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 100;
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
