import type { Knex } from 'knex';
import { HELD_LINKS_TABLE } from './held-links-model';
import type { DraftPublishRelation } from './relation-map';

type Db = Knex | Knex.Transaction;

/** A quoted identifier; names come from Strapi's metadata, never from requests. */
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const held = q(HELD_LINKS_TABLE);

/** The link table's order columns, and the held columns they are kept in. */
function orderColumns(rel: DraftPublishRelation) {
  const pairs: Array<[string, string]> = [];
  if (rel.ownerOrderColumn) pairs.push([rel.ownerOrderColumn, 'owner_order']);
  if (rel.targetOrderColumn) pairs.push([rel.targetOrderColumn, 'target_order']);
  return pairs;
}

/**
 * The head of an INSERT that holds links of `rel` (source s, target t, link l): the caller adds
 * the joins of s and t and the WHERE. Binds the source uid and the field first.
 */
function holdLinksOf(rel: DraftPublishRelation) {
  const orders = orderColumns(rel);
  return `INSERT INTO ${held} (source_uid, source_document_id, field, target_document_id
         ${orders.map(([, h]) => `, ${h}`).join('')})
       SELECT DISTINCT ?, s.document_id, ?, t.document_id ${orders.map(([c]) => `, l.${q(c)}`).join('')}
       FROM ${q(rel.linkTable)} l`;
}

/** Row ids of the published items, and of the published versions of a target document. */
const publishedIds = (table: string) => `SELECT id FROM ${q(table)} WHERE published_at IS NOT NULL`;

/**
 * The published items a publish of the target may relink: those linked to its published
 * version, and those whose draft is linked to its draft (Strapi links their published versions
 * to the target's new published version, replacing what they had). Binds the target twice.
 */
const touchedBy = (rel: DraftPublishRelation) => `
  SELECT s.id FROM ${q(rel.sourceTable)} s WHERE s.published_at IS NOT NULL AND (
    s.id IN (SELECT l.${q(rel.ownerColumn)} FROM ${q(rel.linkTable)} l
      JOIN ${q(rel.targetTable)} t ON t.id = l.${q(rel.targetColumn)}
      WHERE t.document_id = ? AND t.published_at IS NOT NULL)
    OR s.document_id IN (SELECT d.document_id FROM ${q(rel.linkTable)} l
      JOIN ${q(rel.sourceTable)} d ON d.id = l.${q(rel.ownerColumn)} AND d.published_at IS NULL
      JOIN ${q(rel.targetTable)} t ON t.id = l.${q(rel.targetColumn)}
      WHERE t.document_id = ? AND t.published_at IS NULL))`;

/** SQL over the held links and the link tables of draft & publish relations. */
export const heldLinksRepository = {
  /**
   * Before a target goes off the app: its published items' links to it are held, by document
   * id, until it is published again (what is held already stays).
   */
  async holdInbound(db: Db, rel: DraftPublishRelation, targetDocumentId: string) {
    await db.raw(
      `${holdLinksOf(rel)}
       JOIN ${q(rel.sourceTable)} s ON s.id = l.${q(rel.ownerColumn)} AND s.published_at IS NOT NULL
       JOIN ${q(rel.targetTable)} t ON t.id = l.${q(rel.targetColumn)} AND t.published_at IS NOT NULL
       WHERE t.document_id = ?`,
      [rel.sourceUid, rel.field, targetDocumentId]
    );
  },

  /**
   * Before a target is published: the links in this relation of every published item the
   * publish may touch, kept as a snapshot under the target's document id (a row with no target
   * for an item that had none).
   */
  async snapshotTouched(db: Db, rel: DraftPublishRelation, targetDocumentId: string) {
    const orders = orderColumns(rel);
    await db.raw(
      `INSERT INTO ${held} (snapshot_of, source_uid, source_document_id, field, target_document_id
         ${orders.map(([, h]) => `, ${h}`).join('')})
       SELECT ?, ?, s.document_id, ?, t.document_id ${orders.map(([c]) => `, l.${q(c)}`).join('')}
       FROM ${q(rel.sourceTable)} s
       LEFT JOIN ${q(rel.linkTable)} l ON l.${q(rel.ownerColumn)} = s.id
       LEFT JOIN ${q(rel.targetTable)} t ON t.id = l.${q(rel.targetColumn)}
       WHERE s.id IN (${touchedBy(rel)})`,
      [targetDocumentId, rel.sourceUid, rel.field, targetDocumentId, targetDocumentId]
    );
  },

  /**
   * After a target is published: the touched items get back exactly their snapshot links, and
   * the items held for the target are linked to its new published version. Whatever Strapi
   * rebuilt from the drafts is replaced.
   */
  async restore(db: Db, rel: DraftPublishRelation, targetDocumentId: string) {
    const snapshotOwners = `SELECT s.id FROM ${q(rel.sourceTable)} s JOIN ${held} h
      ON h.source_document_id = s.document_id AND s.published_at IS NOT NULL
      WHERE h.snapshot_of = ? AND h.source_uid = ? AND h.field = ?`;
    const scope = [targetDocumentId, rel.sourceUid, rel.field];
    await db.raw(
      `DELETE FROM ${q(rel.linkTable)} WHERE ${q(rel.ownerColumn)} IN (${snapshotOwners})`,
      scope
    );
    await db.raw(
      `DELETE FROM ${q(rel.linkTable)}
       WHERE ${q(rel.targetColumn)} IN (${publishedIds(rel.targetTable)} AND document_id = ?)
         AND ${q(rel.ownerColumn)} IN (${publishedIds(rel.sourceTable)})`,
      [targetDocumentId]
    );
    const orders = orderColumns(rel);
    const relink = (where: string) =>
      `INSERT INTO ${q(rel.linkTable)} (${q(rel.ownerColumn)}, ${q(rel.targetColumn)}
         ${orders.map(([c]) => `, ${q(c)}`).join('')})
       SELECT DISTINCT s.id, t.id ${orders.map(([, h]) => `, h.${h}`).join('')}
       FROM ${held} h
       JOIN ${q(rel.sourceTable)} s ON s.document_id = h.source_document_id AND s.published_at IS NOT NULL
       JOIN ${q(rel.targetTable)} t ON t.document_id = h.target_document_id AND t.published_at IS NOT NULL
       WHERE h.source_uid = ? AND h.field = ? AND ${where}`;
    await db.raw(relink('h.snapshot_of = ?'), [rel.sourceUid, rel.field, targetDocumentId]);
    // Items held while the target was off (a target that is off has no links in a snapshot).
    await db.raw(
      `${relink('h.snapshot_of IS NULL AND h.target_document_id = ?')}
         AND NOT EXISTS (SELECT 1 FROM ${q(rel.linkTable)} x
           WHERE x.${q(rel.ownerColumn)} = s.id AND x.${q(rel.targetColumn)} = t.id)`,
      [rel.sourceUid, rel.field, targetDocumentId]
    );
    await db.raw(
      `DELETE FROM ${held} WHERE source_uid = ? AND field = ?
         AND (snapshot_of = ? OR (snapshot_of IS NULL AND target_document_id = ?))`,
      [rel.sourceUid, rel.field, targetDocumentId, targetDocumentId]
    );
  },

  /**
   * After an item is published: the targets its draft names that have no published version
   * could not be linked by Strapi, so they are held until they are published.
   */
  async holdUnpublishedTargets(db: Db, rel: DraftPublishRelation, sourceDocumentId: string) {
    await db.raw(
      `DELETE FROM ${held} WHERE snapshot_of IS NULL AND source_uid = ? AND field = ?
         AND source_document_id = ?`,
      [rel.sourceUid, rel.field, sourceDocumentId]
    );
    await db.raw(
      `${holdLinksOf(rel)}
       JOIN ${q(rel.sourceTable)} s ON s.id = l.${q(rel.ownerColumn)} AND s.published_at IS NULL
       JOIN ${q(rel.targetTable)} t ON t.id = l.${q(rel.targetColumn)}
       WHERE s.document_id = ? AND NOT EXISTS (
         SELECT 1 FROM ${q(rel.targetTable)} tp
         WHERE tp.document_id = t.document_id AND tp.published_at IS NOT NULL)`,
      [rel.sourceUid, rel.field, sourceDocumentId]
    );
  },

  /** Forgets what was held for an item that has no published version any more. */
  async forgetSource(db: Db, sourceUid: string, sourceDocumentId: string) {
    await db.raw(
      `DELETE FROM ${held} WHERE snapshot_of IS NULL AND source_uid = ? AND source_document_id = ?`,
      [sourceUid, sourceDocumentId]
    );
  },

  /** Forgets the links held for a deleted target. */
  async forgetTarget(db: Db, rel: DraftPublishRelation, targetDocumentId: string) {
    await db.raw(
      `DELETE FROM ${held} WHERE snapshot_of IS NULL AND source_uid = ? AND field = ?
         AND target_document_id = ?`,
      [rel.sourceUid, rel.field, targetDocumentId]
    );
  },
};
