import type { Core } from '@strapi/strapi';
import type { TalliedType } from '../../../shared/contracts';
import type { PluginConfig } from '../config/plugin-config';
import { LEDGER_UIDS } from '../content-types';

/** A relation's link table: owner rows (ownerColumn) to target rows (targetColumn). */
export interface LinkTable {
  /** The relation's attribute name on the owner. */
  field: string;
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

export interface TypeTables {
  type: TalliedType;
  uid: string;
  table: string;
  campaign: LinkTable;
  departments: LinkTable | null;
  column: LinkTable | null;
  hasFormat: boolean;
}

export interface LedgerTables {
  publication: string;
  publicationDepartment: string;
  campaign: string;
  department: string;
  column: string;
  /** The app's table of links held while their target is unpublished, if the app has one. */
  heldLinks: string | null;
  types: TypeTables[];
}

type Meta = { tableName: string; attributes: Record<string, Record<string, unknown>> };

function linkTable(meta: Meta, field: string, targetUid: string): LinkTable {
  const attribute = meta.attributes[field] as {
    type?: string;
    target?: string;
    joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  };
  if (
    !attribute ||
    attribute.type !== 'relation' ||
    attribute.target !== targetUid ||
    !attribute.joinTable
  ) {
    throw new Error(
      `campaign-tally: ${meta.tableName}.${field} must be a relation to ${targetUid}`
    );
  }
  const { name, joinColumn, inverseJoinColumn } = attribute.joinTable;
  return { field, table: name, ownerColumn: joinColumn.name, targetColumn: inverseJoinColumn.name };
}

/**
 * Table and column names of the ledger and the tallied types, read from Strapi's metadata
 * (Strapi shortens long names, so they are never hard-coded).
 */
export function resolveLedgerTables(strapi: Core.Strapi, config: PluginConfig): LedgerTables {
  const meta = (uid: string) => {
    const found = strapi.db.metadata.get(uid as never) as unknown as Meta | undefined;
    if (!found) throw new Error(`campaign-tally: content type ${uid} does not exist`);
    return found;
  };
  const types = (
    Object.entries(config.types) as Array<
      [TalliedType, NonNullable<PluginConfig['types'][TalliedType]>]
    >
  ).map(([type, typeConfig]): TypeTables => {
    const typeMeta = meta(typeConfig.uid);
    const columnAttribute = typeMeta.attributes.column as { target?: string } | undefined;
    return {
      type,
      uid: typeConfig.uid,
      table: typeMeta.tableName,
      campaign: linkTable(typeMeta, typeConfig.campaignField, config.campaignUid),
      departments: typeConfig.departmentsField
        ? linkTable(typeMeta, typeConfig.departmentsField, config.departmentUid)
        : null,
      column:
        columnAttribute?.target === config.columnUid
          ? linkTable(typeMeta, 'column', config.columnUid)
          : null,
      hasFormat:
        (typeMeta.attributes.format as { type?: string } | undefined)?.type === 'enumeration',
    };
  });
  return {
    publication: meta(LEDGER_UIDS.publication).tableName,
    publicationDepartment: meta(LEDGER_UIDS.publicationDepartment).tableName,
    campaign: meta(config.campaignUid).tableName,
    department: meta(config.departmentUid).tableName,
    column: meta(config.columnUid).tableName,
    heldLinks: config.heldLinksModel ? meta(config.heldLinksModel).tableName : null,
    types,
  };
}
