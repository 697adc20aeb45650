import type { Core, UID } from '@strapi/strapi';
import {
  CAMPAIGN_UID,
  COLUMN_UID,
  DEPARTMENT_UID,
  REPORTER_UID,
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

/** A type's bylines: the component's tables and its link to the reporter it names. */
export interface CreditTables {
  bylines: ComponentTables;
  reporterLink: LinkTable;
}

export interface TypeTables {
  type: TalliedType;
  uid: UID.ContentType;
  table: string;
  campaign: LinkTable;
  departments: LinkTable | null;
  column: LinkTable | null;
  /** Attributes a ledger dimension may require (shared/dimensions.ts `requires`). */
  has: { format: boolean; column: boolean; pickups: boolean };
  /** The bylines scored per reporter, for the types that have them. */
  credits: CreditTables | null;
  /** The 上稿 component (level), for the types that have one. */
  pickups: ComponentTables | null;
  /** Repeatable components by attribute name (episode problems, pledge items). */
  components: Record<string, ComponentTables>;
}

/** Every table and column name the plugin's SQL uses, read once from Strapi's metadata. */
export interface SchemaMap {
  publication: string;
  publicationDepartment: string;
  publicationCredit: string;
  campaign: string;
  department: string;
  column: string;
  /** Reporters, and the units they were in before (unit, until), if the app records them. */
  reporter: { table: string; unitTerms: ComponentTables | null };
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

  const reporterMeta = meta(REPORTER_UID);
  const credits = (owner: Meta, field: string | null): CreditTables | null => {
    const bylines = field ? components(owner)[field] : undefined;
    if (!field) return null;
    if (!bylines)
      throw new Error(`campaign-tally: ${owner.tableName}.${field} must be a component`);
    const component = owner.attributes[field].target!;
    return { bylines, reporterLink: link(meta(component), 'reporter', REPORTER_UID) };
  };

  const types = TALLIED_TYPE_RECORDS.map((t): TypeTables => {
    const typeMeta = meta(t.uid);
    const hasColumn = typeMeta.attributes.column?.target === COLUMN_UID;
    const typeComponents = components(typeMeta);
    if (t.pickupsField && !typeComponents[t.pickupsField])
      throw new Error(
        `campaign-tally: ${typeMeta.tableName}.${t.pickupsField} must be a component`
      );
    return {
      type: t.type,
      uid: t.uid,
      table: typeMeta.tableName,
      campaign: link(typeMeta, 'campaign', CAMPAIGN_UID),
      departments: link(typeMeta, t.departmentsField, DEPARTMENT_UID),
      column: hasColumn ? link(typeMeta, 'column', COLUMN_UID) : null,
      has: {
        format: typeMeta.attributes.format?.type === 'enumeration',
        column: hasColumn,
        pickups: !!t.pickupsField,
      },
      credits: credits(typeMeta, t.creditsField),
      pickups: t.pickupsField ? typeComponents[t.pickupsField] : null,
      components: typeComponents,
    };
  });
  return {
    publication: meta(LEDGER_UIDS.publication).tableName,
    publicationDepartment: meta(LEDGER_UIDS.publicationDepartment).tableName,
    publicationCredit: meta(LEDGER_UIDS.publicationCredit).tableName,
    campaign: meta(CAMPAIGN_UID).tableName,
    department: meta(DEPARTMENT_UID).tableName,
    column: meta(COLUMN_UID).tableName,
    reporter: {
      table: reporterMeta.tableName,
      unitTerms: components(reporterMeta).unitTerms ?? null,
    },
    heldLinks: heldLinksModel ? meta(heldLinksModel).tableName : null,
    types,
    typeOf: (type) => types.find((t) => t.type === type),
  };
}
