import type { Core, UID } from '@strapi/strapi';
import {
  CAMPAIGN_UID,
  COLUMN_UID,
  DEPARTMENT_UID,
  TALLIED_TYPE_RECORDS,
  type TalliedType,
} from '../../../shared/tallied-types';
import { LEDGER_UIDS } from '../content-types';

/** A relation's link table: owner rows (ownerColumn) to target rows (targetColumn). */
export interface LinkTable {
  /** The relation's attribute name on the owner. */
  field: string;
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

/** A repeatable component's tables: the owner's link rows (by `field`) and the component rows. */
export interface ComponentTables {
  field: string;
  linkTable: string;
  ownerColumn: string;
  componentColumn: string;
  table: string;
}

export interface TypeTables {
  type: TalliedType;
  uid: UID.ContentType;
  table: string;
  campaign: LinkTable;
  departments: LinkTable | null;
  column: LinkTable | null;
  /** Attributes a ledger dimension may require (shared/dimensions.ts `requires`). */
  has: { format: boolean; column: boolean };
  /** Repeatable components by attribute name (episode problems, pledge items). */
  components: Record<string, ComponentTables>;
}

/** Every table and column name the plugin's SQL uses, read once from Strapi's metadata. */
export interface SchemaMap {
  publication: string;
  publicationDepartment: string;
  campaign: string;
  department: string;
  column: string;
  /** The app's table of links held while their target is unpublished, if the app has one. */
  heldLinks: string | null;
  types: TypeTables[];
  typeOf(type: TalliedType): TypeTables | undefined;
}

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}
interface AttributeMeta {
  type?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  joinTable?: JoinTableMeta;
}
type Meta = { tableName: string; attributes: Record<string, AttributeMeta> };

/**
 * Reads Strapi's metadata: names are shortened past 55 characters, so none is ever hard-coded.
 * Throws when a relation the ledger follows is not what it expects, so a schema change stops
 * the boot instead of miscounting.
 */
export function readSchemaMap(strapi: Core.Strapi, heldLinksModel: string | null): SchemaMap {
  const meta = (uid: string): Meta => {
    const found = strapi.db.metadata.get(uid) as unknown as Meta | undefined;
    if (!found) throw new Error(`campaign-tally: model ${uid} does not exist`);
    return found;
  };
  const link = (owner: Meta, field: string, target: string): LinkTable => {
    const attribute = owner.attributes[field];
    if (attribute?.type !== 'relation' || attribute.target !== target || !attribute.joinTable) {
      throw new Error(
        `campaign-tally: ${owner.tableName}.${field} must be a relation to ${target}`
      );
    }
    const { name, joinColumn, inverseJoinColumn } = attribute.joinTable;
    return {
      field,
      table: name,
      ownerColumn: joinColumn.name,
      targetColumn: inverseJoinColumn.name,
    };
  };
  const components = (owner: Meta): Record<string, ComponentTables> =>
    Object.fromEntries(
      Object.entries(owner.attributes)
        // In the database's metadata a component field is a relation to the component's table.
        .filter(([, a]) => a.joinTable && a.target && a.target in strapi.components)
        .map(([field, a]) => [
          field,
          {
            field,
            linkTable: a.joinTable!.name,
            ownerColumn: a.joinTable!.joinColumn.name,
            componentColumn: a.joinTable!.inverseJoinColumn.name,
            table: meta(a.target!).tableName,
          },
        ])
    );

  const types = TALLIED_TYPE_RECORDS.map((t): TypeTables => {
    const typeMeta = meta(t.uid);
    const hasColumn = typeMeta.attributes.column?.target === COLUMN_UID;
    return {
      type: t.type,
      uid: t.uid,
      table: typeMeta.tableName,
      campaign: link(typeMeta, 'campaign', CAMPAIGN_UID),
      departments: link(typeMeta, t.departmentsField, DEPARTMENT_UID),
      column: hasColumn ? link(typeMeta, 'column', COLUMN_UID) : null,
      has: { format: typeMeta.attributes.format?.type === 'enumeration', column: hasColumn },
      components: components(typeMeta),
    };
  });
  return {
    publication: meta(LEDGER_UIDS.publication).tableName,
    publicationDepartment: meta(LEDGER_UIDS.publicationDepartment).tableName,
    campaign: meta(CAMPAIGN_UID).tableName,
    department: meta(DEPARTMENT_UID).tableName,
    column: meta(COLUMN_UID).tableName,
    heldLinks: heldLinksModel ? meta(heldLinksModel).tableName : null,
    types,
    typeOf: (type) => types.find((t) => t.type === type),
  };
}
