import { contentDimensionColumns, ledgerDimensions } from '../../../shared/dimensions';

const hidden = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
};

/** One string attribute per ledger dimension of the registry (shared/dimensions.ts). */
const dimensionAttributes = () =>
  Object.fromEntries(
    ledgerDimensions().map((d) => [
      d.ledger.attribute,
      { type: 'string', maxLength: d.ledger.maxLength, required: d.key === 'type' },
    ])
  );

/**
 * The publication ledger: one narrow row per published document of a tallied type. Declared as
 * hidden content types so Strapi's schema sync creates, keeps and indexes the tables.
 */
const publication = {
  schema: {
    kind: 'collectionType',
    collectionName: 'campaign_tally_publications',
    info: {
      singularName: 'publication',
      pluralName: 'publications',
      displayName: 'Tally publication',
    },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true, maxLength: 64 },
      campaignDocumentId: { type: 'string', required: true, maxLength: 64 },
      ...dimensionAttributes(),
      firstPublishedAt: { type: 'datetime', required: true },
      localDay: { type: 'string', required: true, maxLength: 10 },
      isoWeek: { type: 'string', required: true, maxLength: 8 },
    },
    indexes: [
      {
        name: 'ct_pub_campaign_type_first',
        columns: ['campaign_document_id', 'type', 'first_published_at'],
      },
      { name: 'ct_pub_campaign_day', columns: ['campaign_document_id', 'local_day'] },
      { name: 'ct_pub_item', columns: ['type', 'item_document_id'], type: 'unique' },
      { name: 'ct_pub_column', columns: ['column_document_id'] },
      // Covers every grouping but department: a tally reads this index only, never the table.
      {
        name: 'ct_pub_tally_cover',
        columns: [
          'campaign_document_id',
          'type',
          'local_day',
          ...contentDimensionColumns(),
          'iso_week',
        ],
      },
    ],
  },
};

/** The ledger's child table: one row per (published document, department) pair. */
const publicationDepartment = {
  schema: {
    kind: 'collectionType',
    collectionName: 'campaign_tally_publication_departments',
    info: {
      singularName: 'publication-department',
      pluralName: 'publication-departments',
      displayName: 'Tally publication department',
    },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    // Each row repeats its publication's campaign, day and dimensions (ledger-source.ts
    // departmentRowColumns), and a publication with no department has one row with an empty
    // department id: a department tally is one index range of this table.
    attributes: {
      publicationId: { type: 'integer', required: true },
      departmentDocumentId: { type: 'string', required: true, maxLength: 64 },
      campaignDocumentId: { type: 'string', required: true, maxLength: 64 },
      ...dimensionAttributes(),
      localDay: { type: 'string', required: true, maxLength: 10 },
      isoWeek: { type: 'string', required: true, maxLength: 8 },
    },
    indexes: [
      { name: 'ct_pubdep_publication', columns: ['publication_id', 'department_document_id'] },
      { name: 'ct_pubdep_department', columns: ['department_document_id', 'publication_id'] },
      // Covers every department grouping: department first, then the day, in index order.
      {
        name: 'ct_pubdep_tally_cover',
        columns: [
          'campaign_document_id',
          'department_document_id',
          'local_day',
          'type',
          ...contentDimensionColumns(),
          'iso_week',
        ],
      },
    ],
  },
};

export const LEDGER_UIDS = {
  publication: 'plugin::campaign-tally.publication',
  publicationDepartment: 'plugin::campaign-tally.publication-department',
} as const;

export default { publication, 'publication-department': publicationDepartment };
