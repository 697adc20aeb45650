import type { Core, UID } from '@strapi/strapi';

/** One owning-side relation between two draft & publish types, as its link table stores it. */
export interface DraftPublishRelation {
  sourceUid: string;
  sourceTable: string;
  field: string;
  targetUid: string;
  targetTable: string;
  linkTable: string;
  ownerColumn: string;
  targetColumn: string;
  /** Order of the target among the owner's targets (to-many owners). */
  ownerOrderColumn: string | null;
  /** Order of the owner among the target's owners (the inverse side). */
  targetOrderColumn: string | null;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}
interface AttributeMeta {
  type?: string;
  target?: string;
  mappedBy?: string;
  joinTable?: JoinTable;
}
type ModelMeta = { tableName: string; attributes: Record<string, AttributeMeta> };

const isDraftPublish = (strapi: Core.Strapi, uid: string) =>
  Boolean(strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish);

/**
 * Every owning-side relation from a draft & publish content type to another one (components and
 * types without draft & publish are not affected: their rows are never rebuilt by a publish).
 * Read from Strapi's metadata, so table and column names are never hard-coded.
 */
export function draftPublishRelations(strapi: Core.Strapi): DraftPublishRelation[] {
  const relations: DraftPublishRelation[] = [];
  for (const sourceUid of Object.keys(strapi.contentTypes)) {
    if (!isDraftPublish(strapi, sourceUid)) continue;
    const source = strapi.db.metadata.get(sourceUid) as unknown as ModelMeta;
    for (const [field, attribute] of Object.entries(source.attributes)) {
      const { target, joinTable } = attribute;
      if (attribute.type !== 'relation' || attribute.mappedBy || !target || !joinTable) continue;
      if (!isDraftPublish(strapi, target)) continue;
      relations.push({
        sourceUid,
        sourceTable: source.tableName,
        field,
        targetUid: target,
        targetTable: (strapi.db.metadata.get(target) as unknown as ModelMeta).tableName,
        linkTable: joinTable.name,
        ownerColumn: joinTable.joinColumn.name,
        targetColumn: joinTable.inverseJoinColumn.name,
        ownerOrderColumn: joinTable.orderColumnName ?? null,
        targetOrderColumn: joinTable.inverseOrderColumnName ?? null,
      });
    }
  }
  return relations;
}
