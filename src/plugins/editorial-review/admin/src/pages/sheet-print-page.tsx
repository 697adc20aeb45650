import * as React from 'react';
import { useParams } from 'react-router-dom';

import { LEVEL_LABELS, ORIGIN_LABELS, type Level, type Origin } from '../../../shared/constants';
import type { SheetRecord } from '../../../shared/contracts';
import { describeOverride } from '../../../shared/word-check';
import { getApiErrorMessage } from '../../../../campaign-tally/admin/src/utils/api-error-message';
import { useReviewMessages } from '../messages';
import { useReviewApi } from '../review-api';
import { beijingTime } from '../utils/times';
import { TYPE_LABELS } from './queue-page';

// A4 portrait with the centre's usual 2 cm margins; the admin's menu and buttons are not printed.
/** Two ideographic spaces between the fields of a line, as a typed form has them. */
const GAP = '\u3000\u3000';

const PRINT_CSS = `
@page { size: A4 portrait; margin: 20mm; }
.er-sheet { font-family: 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; color: #000; background: #fff;
  width: 170mm; margin: 0 auto; padding: 10mm 0; }
.er-sheet h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 0 0 6mm; }
.er-sheet table { width: 100%; border-collapse: collapse; font-size: 11pt; }
.er-sheet th, .er-sheet td { border: 1px solid #000; padding: 3mm; vertical-align: top; text-align: left; }
.er-sheet th { width: 28mm; background: #f3f3f3; font-weight: bold; }
.er-sheet .er-opinion { min-height: 18mm; }
.er-sheet .er-meta { font-size: 9pt; margin-top: 4mm; color: #444; }
@media print {
  body * { visibility: hidden; }
  .er-sheet, .er-sheet * { visibility: visible; }
  .er-sheet { position: absolute; left: 0; top: 0; padding: 0; }
  .er-no-print { display: none; }
}`;

/** The printable 签发单 of one published version, in Chinese, styled for A4. */
export const SheetPrintPage = () => {
  const { id = '' } = useParams();
  const { t } = useReviewMessages();
  const api = useReviewApi();
  const [sheet, setSheet] = React.useState<SheetRecord | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    api.sheet(id).then(setSheet, (e) => setError(getApiErrorMessage(e)));
  }, [id]);
  if (error) return <p>{error}</p>;
  if (!sheet) return <p>…</p>;
  const byLevel = new Map(sheet.signoffs.map((s) => [s.level, s]));
  const levels = ([1, 2, 3] as Level[]).filter((l) => byLevel.has(l));
  return (
    <div className="er-sheet">
      <style>{PRINT_CSS}</style>
      <h1>{t('print.heading')}</h1>
      <table>
        <tbody>
          <tr>
            <th>标题</th>
            <td colSpan={3}>{sheet.title}</td>
          </tr>
          <tr>
            <th>类型</th>
            <td>{TYPE_LABELS[sheet.contentType] ?? sheet.contentType}</td>
            <th>体裁</th>
            <td>{sheet.format ?? '—'}</td>
          </tr>
          <tr>
            <th>栏目</th>
            <td>{sheet.columnName ?? '—'}</td>
            <th>平台</th>
            <td>{sheet.outlet ?? '—'}</td>
          </tr>
          <tr>
            <th>作者</th>
            <td>{sheet.author ?? '—'}</td>
            <th>字数</th>
            <td>{sheet.wordCount ?? 0}</td>
          </tr>
          {levels.map((level) => {
            const s = byLevel.get(level)!;
            return (
              <tr key={level}>
                <th>{LEVEL_LABELS[level]}</th>
                <td colSpan={3}>
                  <div className="er-opinion">{s.opinion || '同意'}</div>
                  <div>
                    审核人：{s.reviewerName ?? '—'}
                    {GAP}时间：{beijingTime(s.signedAt)}
                  </div>
                </td>
              </tr>
            );
          })}
          {sheet.wordOverride ? (
            <tr>
              <th>{t('print.override')}</th>
              <td colSpan={3}>{describeOverride(sheet.wordOverride)}</td>
            </tr>
          ) : null}
          <tr>
            <th>发布</th>
            <td colSpan={3}>
              发布人：{sheet.publishedByName ?? '系统'}
              {GAP}时间：{beijingTime(sheet.publishedAt)}
              {GAP}途径：{ORIGIN_LABELS[sheet.origin as Origin] ?? sheet.origin}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="er-meta">
        文档编号 {sheet.documentId} · 签发单编号 {sheet.id}
      </p>
      <p className="er-no-print">
        <button type="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </p>
    </div>
  );
};
