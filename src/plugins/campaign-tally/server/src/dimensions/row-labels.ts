import type { Dimension, Period, TallyRow } from '../../../shared/contracts';
import { dimensionRecord, type DimensionRecord } from '../../../shared/dimensions';
import { TALLIED_TYPE_RECORDS } from '../../../shared/tallied-types';
import { periodLabel } from '../periods/period-labels';
import type { DocumentName } from '../repositories/name-repository';
import type { GroupedRow, Phase } from '../repositories/ledger-reader';

const TYPE_LABELS: Record<string, string> = Object.fromEntries(
  TALLIED_TYPE_RECORDS.map((t) => [t.type, t.label])
);

/** What a tally row's labels are made from: the period, the phases and the looked-up names. */
export interface LabelContext {
  period: Period;
  phases: Phase[];
  columns: Map<string, DocumentName>;
  reporters: Map<string, DocumentName>;
}

/** What a row's key and label for one dimension are, from its record. */
function keyAndLabel(
  record: DimensionRecord,
  raw: string | number | null | undefined,
  context: LabelContext
): { key: string | null; label: string } {
  // The credit table keeps '' for the share nobody holds (未署名, 未设科室).
  const key = raw === null || raw === undefined || raw === '' ? null : String(raw);
  if (record.kind === 'credit') {
    if (key === null) return { key, label: record.none };
    if (record.values === 'as-is') return { key, label: key };
    const reporter = context.reporters.get(key);
    return { key: reporter?.slug ?? key, label: reporter?.name ?? record.none };
  }
  if (record.kind === 'period') {
    const periodKey =
      context.period === 'phase' && key !== null
        ? (context.phases[Number(key)]?.name ?? null)
        : key;
    return { key: periodKey, label: periodLabel(context.period, periodKey) };
  }
  if (record.kind !== 'ledger' || key === null) return { key, label: record.none };
  if (record.values === 'lookup') {
    const column = context.columns.get(key);
    return { key: column?.slug ?? key, label: column?.name ?? record.none };
  }
  const labels = record.values === 'types' ? TYPE_LABELS : record.values;
  return { key, label: labels[key] ?? key };
}

/**
 * Turns aggregated rows into contract rows: a stable key plus the zh-CN label for every
 * dimension, as its registry record says. `columns` names the column documents the rows mention.
 */
export function labelRows(
  grouped: GroupedRow[],
  groupBy: Dimension[],
  context: LabelContext
): TallyRow[] {
  return grouped.map((g) => {
    const row: TallyRow = {
      count: g.count,
      ...(g.score === undefined ? {} : { score: g.score }),
      labels: {},
    };
    for (const dimension of groupBy) {
      const record = dimensionRecord(dimension);
      if (!record) continue;
      if (record.kind === 'department') {
        row[dimension] = g.department?.slug ?? g.department?.documentId ?? null;
        row.labels[dimension] = g.department?.name ?? record.none;
        continue;
      }
      const { key, label } = keyAndLabel(record, g.keys[dimension], context);
      row[dimension] = key;
      row.labels[dimension] = label;
    }
    return row;
  });
}

/** The document ids rows mention of one kind of lookup ('ledger': columns, 'credit': reporters). */
export const lookupIds = (
  grouped: GroupedRow[],
  groupBy: Dimension[],
  kind: 'ledger' | 'credit'
): string[] => {
  const lookups = groupBy.filter((d) => {
    const record = dimensionRecord(d);
    return record?.kind === kind && record.values === 'lookup';
  });
  const ids = grouped.flatMap((r) => lookups.map((d) => r.keys[d]));
  return [...new Set(ids.filter((v): v is string => typeof v === 'string' && v !== ''))];
};
