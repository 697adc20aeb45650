/**
 * Links from published items to a relation target that has no published version right now: a
 * campaign, column or episode that was unpublished, or never published. Strapi links published
 * rows to published rows only, so such a link has nowhere to live until the target is published
 * again; it is held here, by document id, and put back then. A database-only model (no API, no
 * admin), synced by Strapi's schema sync like its own core-store table.
 */
export const HELD_LINKS_MODEL = {
  uid: 'app::held-published-link',
  singularName: 'held_published_link',
  tableName: 'app_held_published_links',
  attributes: {
    id: { type: 'increments' },
    sourceUid: { type: 'string' },
    sourceDocumentId: { type: 'string' },
    field: { type: 'string' },
    /** Null in a snapshot row: the item had no link in this relation. */
    targetDocumentId: { type: 'string' },
    /**
     * Set while a target is being published: the links, at that moment, of every published item
     * that publish may touch (null for links held while a target is off the app).
     */
    snapshotOf: { type: 'string' },
    /** The link row's order columns, so that the relation comes back in its place. */
    ownerOrder: { type: 'float' },
    targetOrder: { type: 'float' },
  },
  indexes: [
    { name: 'app_held_links_source', columns: ['source_uid', 'source_document_id', 'field'] },
    { name: 'app_held_links_target', columns: ['target_document_id', 'source_uid', 'field'] },
    { name: 'app_held_links_snapshot', columns: ['snapshot_of', 'source_uid', 'field'] },
  ],
} as const;

export const HELD_LINKS_TABLE = HELD_LINKS_MODEL.tableName;
