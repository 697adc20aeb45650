import type { Core } from '@strapi/strapi';

type Attribute = {
  type?: string;
  columnName?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
};

/** A relation's link table as Strapi's metadata names it (never hard-coded). */
export interface LinkInfo {
  table: string;
  owner: string;
  target: string;
  order?: string;
  inverseOrder?: string;
}

/** Table, column and link-table names of a content type, read from strapi.db.metadata. */
export function tableMap(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, Attribute>;
  };
  const column = (attribute: string) => {
    const found = meta.attributes[attribute];
    if (!found?.columnName) throw new Error(`bench: ${uid}.${attribute} has no column`);
    return found.columnName;
  };
  const link = (attribute: string): LinkInfo => {
    const jt = meta.attributes[attribute]?.joinTable;
    if (!jt) throw new Error(`bench: ${uid}.${attribute} has no link table`);
    return {
      table: jt.name,
      owner: jt.joinColumn.name,
      target: jt.inverseJoinColumn.name,
      order: jt.orderColumnName,
      inverseOrder: jt.inverseOrderColumnName,
    };
  };
  return {
    table: meta.tableName,
    column,
    link,
    has: (attribute: string) => attribute in meta.attributes,
  };
}

export type TableMap = ReturnType<typeof tableMap>;
