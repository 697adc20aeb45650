import type { Knex } from 'knex';
import type { TalliedType } from '../../../shared/contracts';
import type { ScoreSql } from '../scoring/score-sql';
import { rangeSql, type RangeFilter } from './ledger-reader';
import type { SchemaMap } from './schema-map';
import { ident as q, rowsOf } from './sql-dialect';

/** One reporter's (and unit's) items of one base-point key and 上稿 level, with their points. */
export interface CreditGroup {
  reporterDocumentId: string;
  unit: string;
  kind: string;
  formatKey: string;
  pickupLevel: string | null;
  items: number;
  /** Exact: cents × FULL_SHARE. */
  scoreUnits: number;
}

/** One credit row with the rule lines that scored its item (all in cents, factors ×100). */
export interface CreditDetail {
  type: TalliedType;
  itemDocumentId: string;
  campaignDocumentId: string;
  day: string;
  format: string | null;
  outlet: string | null;
  placement: string | null;
  pickupLevel: string | null;
  version: number | null;
  base: number;
  outletFactor: number;
  placementFactor: number;
  bonus: number;
  points: number;
  reporterDocumentId: string;
  unit: string;
  shareBp: number;
}

const CHUNK = 500;

/** The 考核表's reads over the ledger's credit rows: grouped sums and the scored lines. */
export function createAssessmentReader(db: Knex, tables: SchemaMap) {
  const pubCredit = q(tables.publicationCredit);
  const pub = q(tables.publication);

  return {
    /** Items and points per reporter, unit, kind, base-point key and 上稿 level: one GROUP BY. */
    async creditGroups(filter: RangeFilter, score: ScoreSql): Promise<CreditGroup[]> {
      const range = rangeSql(filter);
      const rows = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT l.reporter_document_id AS reporter, l.unit AS unit, l.reporter_kind AS kind,
             COALESCE(l.format, l.type) AS format_key, l.pickup_level AS pickup,
             COUNT(DISTINCT l.publication_id) AS items, SUM((${score.points}) * l.share_bp) AS score
           FROM ${pubCredit} l WHERE ${range.sql}
           GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 4, 5`,
          range.bindings
        )
      );
      return rows.map((r) => ({
        reporterDocumentId: String(r.reporter ?? ''),
        unit: String(r.unit ?? ''),
        kind: String(r.kind ?? ''),
        formatKey: String(r.format_key),
        pickupLevel: (r.pickup as string | null) ?? null,
        items: Number(r.items),
        scoreUnits: Number(r.score ?? 0),
      }));
    },

    /** Every credit row of the range with its item's rule lines, by day and item. */
    async creditDetails(filter: RangeFilter, score: ScoreSql): Promise<CreditDetail[]> {
      const range = rangeSql(filter);
      const rows = rowsOf<Record<string, unknown>>(
        await db.raw(
          `SELECT p.type AS type, p.item_document_id AS item, l.campaign_document_id AS campaign,
             l.local_day AS day, l.format AS format, l.outlet AS outlet, l.placement AS placement,
             l.pickup_level AS pickup, ${score.version} AS version, ${score.base} AS base,
             ${score.outletFactor} AS outlet_factor, ${score.placementFactor} AS placement_factor,
             ${score.bonus} AS bonus, ${score.points} AS points,
             l.reporter_document_id AS reporter, l.unit AS unit, l.share_bp AS share_bp
           FROM ${pubCredit} l JOIN ${pub} p ON p.id = l.publication_id
           WHERE ${range.sql}
           ORDER BY l.local_day, p.item_document_id, l.reporter_document_id`,
          range.bindings
        )
      );
      return rows.map((r) => ({
        type: r.type as TalliedType,
        itemDocumentId: String(r.item),
        campaignDocumentId: String(r.campaign),
        day: String(r.day),
        format: (r.format as string | null) ?? null,
        outlet: (r.outlet as string | null) ?? null,
        placement: (r.placement as string | null) ?? null,
        pickupLevel: (r.pickup as string | null) ?? null,
        version: r.version === null || r.version === undefined ? null : Number(r.version),
        base: Number(r.base),
        outletFactor: Number(r.outlet_factor),
        placementFactor: Number(r.placement_factor),
        bonus: Number(r.bonus),
        points: Number(r.points),
        reporterDocumentId: String(r.reporter ?? ''),
        unit: String(r.unit ?? ''),
        shareBp: Number(r.share_bp),
      }));
    },

    /** Titles of published items by type and document id, in chunks of 500. */
    async titles(items: Array<{ type: TalliedType; documentId: string }>) {
      const found = new Map<string, string>();
      for (const t of tables.types) {
        const ids = [...new Set(items.filter((i) => i.type === t.type).map((i) => i.documentId))];
        for (let i = 0; i < ids.length; i += CHUNK) {
          const part = ids.slice(i, i + CHUNK);
          const rows = rowsOf<{ document_id: string; title: string }>(
            await db.raw(
              `SELECT document_id, title FROM ${q(t.table)}
               WHERE published_at IS NOT NULL AND document_id IN (${part.map(() => '?').join(', ')})`,
              part
            )
          );
          for (const row of rows) found.set(`${t.type}:${row.document_id}`, row.title);
        }
      }
      return found;
    },
  };
}

export type AssessmentReader = ReturnType<typeof createAssessmentReader>;
