import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { LEVEL_LABELS, ORIGIN_LABELS, type Level, type Origin } from '../../../shared/constants';
import type { SheetRecord } from '../../../shared/contracts';
import { describeOverride } from '../../../shared/word-check';
import { beijingTime } from '../../../shared/beijing-time';

export { beijingTime };

const TYPE_LABELS: Record<string, string> = {
  'api::article.article': '稿件',
  'api::episode.episode': '问政节目',
  'api::pledge.pledge': '部门承诺',
};

/** The 签发单 of a date range as an XLSX: one row per published version, one column pair per level. */
export const createSheetExportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async toXlsx(sheets: SheetRecord[], range: { from: string; to: string }): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    book.creator = strapi.config.get('admin.brand', '区融媒体中心') as string;
    const ws = book.addWorksheet('签发单');
    ws.columns = [
      { header: '类型', key: 'type', width: 10 },
      { header: '标题', key: 'title', width: 40 },
      { header: '栏目', key: 'column', width: 20 },
      { header: '平台', key: 'outlet', width: 10 },
      { header: '体裁', key: 'format', width: 12 },
      { header: '作者', key: 'author', width: 14 },
      { header: '字数', key: 'words', width: 8 },
      ...([1, 2, 3] as Level[]).flatMap((level) => [
        { header: `${LEVEL_LABELS[level]}人`, key: `r${level}`, width: 10 },
        { header: `${LEVEL_LABELS[level]}时间`, key: `t${level}`, width: 17 },
        { header: `${LEVEL_LABELS[level]}意见`, key: `o${level}`, width: 24 },
      ]),
      { header: '发布人', key: 'publisher', width: 10 },
      { header: '发布时间', key: 'publishedAt', width: 17 },
      { header: '发布途径', key: 'origin', width: 10 },
      { header: '错敏词放行', key: 'override', width: 30 },
    ];
    ws.getRow(1).font = { bold: true };
    for (const sheet of sheets) {
      const levels = Object.fromEntries(
        sheet.signoffs.flatMap((s) => [
          [`r${s.level}`, s.reviewerName ?? ''],
          [`t${s.level}`, beijingTime(s.signedAt)],
          [`o${s.level}`, s.opinion ?? ''],
        ])
      );
      ws.addRow({
        type: TYPE_LABELS[sheet.contentType] ?? sheet.contentType,
        title: sheet.title ?? '',
        column: sheet.columnName ?? '',
        outlet: sheet.outlet ?? '',
        format: sheet.format ?? '',
        author: sheet.author ?? '',
        words: sheet.wordCount ?? 0,
        ...levels,
        publisher: sheet.publishedByName ?? '',
        publishedAt: beijingTime(sheet.publishedAt),
        origin: ORIGIN_LABELS[sheet.origin as Origin] ?? sheet.origin ?? '',
        override: sheet.wordOverride ? describeOverride(sheet.wordOverride) : '',
      });
    }
    const about = book.addWorksheet('说明');
    about.addRows([
      ['签发单导出'],
      ['时间范围', `${range.from} 至 ${range.to}（北京时间，含起不含止）`],
      ['份数', sheets.length],
      [
        '说明',
        '每行是一次发布的版本；审核人、时间和意见取自该版本通过的审核链，送审后修改作废的签字不列出。',
      ],
    ]);
    return Buffer.from(await book.xlsx.writeBuffer());
  },
});
