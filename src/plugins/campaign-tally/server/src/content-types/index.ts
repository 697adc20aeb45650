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

/**
 * The ledger's credit table: one row per (published document, reporter named in its bylines),
 * with the reporter's share in hundredths of a percent point (10000 = 100%), their unit on the
 * day of first publication and their kind. What no reporter is credited with (an item with no
 * bylines, a reporter since deleted) is one row with an empty reporter id, so the shares of
 * every publication sum to 10000 and a score split by share adds up to the item's points.
 * Like department rows, each row repeats its publication's campaign, day and dimensions.
 */
const publicationCredit = {
  schema: {
    kind: 'collectionType',
    collectionName: 'campaign_tally_publication_credits',
    info: {
      singularName: 'publication-credit',
      pluralName: 'publication-credits',
      displayName: 'Tally publication credit',
    },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      publicationId: { type: 'integer', required: true },
      reporterDocumentId: { type: 'string', required: true, maxLength: 64 },
      unit: { type: 'string', required: true, maxLength: 60 },
      reporterKind: { type: 'string', required: true, maxLength: 16 },
      shareBp: { type: 'integer', required: true },
      campaignDocumentId: { type: 'string', required: true, maxLength: 64 },
      ...dimensionAttributes(),
      localDay: { type: 'string', required: true, maxLength: 10 },
      isoWeek: { type: 'string', required: true, maxLength: 8 },
    },
    indexes: [
      { name: 'ct_pubcr_publication', columns: ['publication_id', 'reporter_document_id'] },
      { name: 'ct_pubcr_reporter', columns: ['reporter_document_id', 'publication_id'] },
      // A campaign's tally by reporter or unit reads one range of this index.
      {
        name: 'ct_pubcr_tally_cover',
        columns: [
          'campaign_document_id',
          'local_day',
          'reporter_document_id',
          'unit',
          'reporter_kind',
          'share_bp',
          'publication_id',
          'type',
          ...contentDimensionColumns(),
          'iso_week',
        ],
      },
      // The monthly 考核表 reads every campaign's credits of a date range.
      {
        name: 'ct_pubcr_day',
        columns: ['local_day', 'reporter_document_id', 'unit', 'share_bp', 'publication_id'],
      },
    ],
  },
};

export const LEDGER_UIDS = {
  publication: 'plugin::campaign-tally.publication',
  publicationDepartment: 'plugin::campaign-tally.publication-department',
  publicationCredit: 'plugin::campaign-tally.publication-credit',
} as const;

export default {
  publication,
  'publication-department': publicationDepartment,
  'publication-credit': publicationCredit,
};
