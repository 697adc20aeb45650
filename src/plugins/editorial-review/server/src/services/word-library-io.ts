import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { errors } from '@strapi/utils';
import {
  WORD_CATEGORIES,
  WORD_LEVELS,
  type WordCategory,
  type WordLevel,
} from '../../../shared/word-check';
import type { AllowedTerm, WordRepository } from '../repositories/word-repository';
import type { LibraryWord } from '../word-check/word-matcher';

export type LibraryList = 'words' | 'allowed';
export type LibraryFormat = 'csv' | 'xlsx';

/** The columns of each list's file, Chinese headers as the centre's editors write them. */
const HEADERS: Record<LibraryList, string[]> = {
  words: ['词语', '类别', '级别', '建议替换', '备注'],
  allowed: ['词语', '备注'],
};
export const SHEET_NAMES: Record<LibraryList, string> = { words: '错敏词', allowed: '白名单' };

/** A label or a code, to the code: 广告法用语 and advertising both give advertising. */
const codeOf = <K extends string>(labels: Record<K, string>, value: string): K | undefined =>
  (Object.keys(labels) as K[]).find((k) => k === value || labels[k] === value);

export interface ImportReport {
  created: number;
  updated: number;
  /** Rows that were not imported, with why: the rest of the file still is. */
  rejected: Array<{ row: number; message: string }>;
}

/** Reads the rows of an uploaded CSV or XLSX file: header row first. */
async function readRows(file: Buffer, format: LibraryFormat): Promise<string[][]> {
  if (format === 'csv') {
    try {
      return parse(file, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        trim: true,
      });
    } catch (error) {
      throw new errors.ValidationError(`CSV 文件无法解析：${(error as Error).message}`);
    }
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new errors.ValidationError('XLSX 文件无法打开：请上传 Excel 工作簿（.xlsx）');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new errors.ValidationError('XLSX 文件中没有工作表');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v).trim())));
  });
  return rows;
}

/** Import and export of the 错敏词 library and its allow-list, as CSV (with a BOM) or XLSX. */
export function createWordLibraryIo(repository: WordRepository) {
  return {
    async exportList(list: LibraryList, format: LibraryFormat): Promise<Buffer | string> {
      const body =
        list === 'words'
          ? (await repository.loadWords())
              .sort((a, b) => a.category.localeCompare(b.category) || a.word.localeCompare(b.word))
              .map((w) => [
                w.word,
                WORD_CATEGORIES[w.category] ?? w.category,
                WORD_LEVELS[w.level] ?? w.level,
                w.replacement ?? '',
                w.note ?? '',
              ])
          : (await repository.loadAllowed())
              .sort((a, b) => a.term.localeCompare(b.term))
              .map((a) => [a.term, a.note ?? '']);
      const rows = [HEADERS[list], ...body];
      if (format === 'csv') return '\ufeff' + stringify(rows);
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet(SHEET_NAMES[list], { views: [{ state: 'frozen', ySplit: 1 }] });
      for (const r of rows) ws.addRow(r);
      ws.getRow(1).font = { bold: true };
      ws.columns.forEach((c, i) => (c.width = [20, 12, 8, 20, 50][i] ?? 20));
      return Buffer.from(await book.xlsx.writeBuffer());
    },

    /**
     * Adds or updates one entry per row (by its word). A row that names an unknown category or
     * level, or has no word, is reported with its row number and skipped.
     */
    async importList(
      list: LibraryList,
      file: Buffer,
      format: LibraryFormat
    ): Promise<ImportReport> {
      const [header, ...rows] = await readRows(file, format);
      const expected = HEADERS[list];
      if (!header || header[0] !== expected[0])
        throw new errors.ValidationError(`文件首行须为表头：${expected.join('，')}`);
      const report: ImportReport = { created: 0, updated: 0, rejected: [] };
      for (const [i, cells] of rows.entries()) {
        const row = i + 2;
        const word = (cells[0] ?? '').trim();
        if (!word) {
          report.rejected.push({ row, message: '缺少词语' });
          continue;
        }
        if (word.length > 64) {
          report.rejected.push({ row, message: '词语不能超过 64 字' });
          continue;
        }
        let outcome: 'created' | 'updated';
        if (list === 'allowed') {
          const entry: AllowedTerm = { term: word, note: cells[1] || null };
          outcome = await repository.upsertAllowed(entry);
        } else {
          const category = codeOf<WordCategory>(WORD_CATEGORIES, cells[1] || 'custom');
          const level = codeOf<WordLevel>(WORD_LEVELS, cells[2] || 'warn');
          if (!category) {
            report.rejected.push({ row, message: `类别「${cells[1]}」不存在` });
            continue;
          }
          if (!level) {
            report.rejected.push({ row, message: `级别「${cells[2]}」不存在（禁用或提示）` });
            continue;
          }
          const entry: LibraryWord = {
            word,
            category,
            level,
            replacement: (cells[3] || '').slice(0, 64) || null,
            note: (cells[4] || '').slice(0, 255) || null,
          };
          outcome = await repository.upsertWord(entry);
        }
        report[outcome] += 1;
      }
      return report;
    },
  };
}
