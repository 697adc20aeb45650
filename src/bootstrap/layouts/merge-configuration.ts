import type { EditCell, LayoutSpec } from './types';

/** The parts of a content manager model (its data-mapper output) the merge reads. */
export interface CmAttribute {
  type: string;
  relation?: string;
  targetModel?: string;
}
export interface CmModel {
  uid: string;
  attributes: Record<string, CmAttribute>;
}

export interface CmMetadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}
/** The stored configuration, as findConfiguration returns it (uid and category dropped). */
export interface CmConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, CmMetadata>;
  layouts: { list: string[]; edit: EditCell[][] };
}

export interface MergeContext {
  /** The mainField a relation picker should show for a target uid, if the project defines one. */
  mainFieldOf(targetUid: string): string | undefined;
  /** The content manager's size rule for a field type. */
  fieldSize(type: string): { default: number; isResizable: boolean };
}

export interface MergeResult {
  configuration: CmConfiguration;
  /** Spec entries that name a field the model does not have (schema drift), for a warning. */
  unknownFields: string[];
}

// Mirrors the content manager's own rules (services/utils/configuration/attributes.js), so the
// stored configuration is one its validator and admin accept.
const NOT_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const NOT_SORTABLE = ['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks'];
const NOT_EDITABLE = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
];
const MAX_ROW = 12;

const isListable = (attr?: CmAttribute) => !!attr && !NOT_LISTABLE.includes(attr.type);
const isSortable = (attr?: CmAttribute) =>
  !!attr &&
  !NOT_SORTABLE.includes(attr.type) &&
  (attr.type !== 'relation' || ['oneToOne', 'manyToOne'].includes(attr.relation ?? ''));
const isEditable = (model: CmModel, name: string) =>
  !!model.attributes[name] && !NOT_EDITABLE.includes(name);

function cellSize(ctx: MergeContext, attr: CmAttribute, wanted: number): number {
  const rule = ctx.fieldSize(attr.type);
  if (!rule.isResizable) return rule.default;
  return Math.min(Math.max(Math.round(wanted), 1), MAX_ROW);
}

/** Packs cells into rows of at most 12 columns, as the content manager's appendToEditLayout does. */
function appendCells(rows: EditCell[][], cells: EditCell[]): EditCell[][] {
  const out = rows.map((row) => [...row]);
  let current: EditCell[] = [];
  for (const cell of cells) {
    const used = current.reduce((sum, c) => sum + c.size, 0);
    if (used + cell.size > MAX_ROW && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function mergeEdit(
  spec: LayoutSpec,
  model: CmModel,
  current: CmConfiguration,
  ctx: MergeContext,
  unknown: Set<string>
) {
  const placed = new Set<string>();
  const rows: EditCell[][] = [];
  for (const row of spec.edit) {
    const cells: EditCell[] = [];
    for (const { name, size } of row) {
      if (!isEditable(model, name) || placed.has(name)) {
        unknown.add(name);
        continue;
      }
      placed.add(name);
      cells.push({ name, size: cellSize(ctx, model.attributes[name], size) });
    }
    if (cells.length > 0) rows.push(cells);
  }
  // Fields the project has not placed (a field added to the schema later) keep showing, at the end.
  const currentOrder = current.layouts.edit.flat().map((cell) => cell.name);
  const rest = [...new Set([...currentOrder, ...Object.keys(model.attributes)])]
    .filter((name) => isEditable(model, name) && !placed.has(name))
    .map((name) => ({ name, size: ctx.fieldSize(model.attributes[name].type).default }));
  return appendCells(rows, rest);
}

function mergeMetadatas(
  spec: LayoutSpec,
  model: CmModel,
  current: CmConfiguration,
  ctx: MergeContext
) {
  const metadatas: Record<string, CmMetadata> = {};
  for (const name of Object.keys(model.attributes)) {
    const meta = current.metadatas[name] ?? { edit: {}, list: {} };
    const edit = { ...meta.edit };
    const list = { ...meta.list };
    const text = spec.fields[name];
    if (text) {
      edit.label = text.label;
      edit.description = text.description ?? '';
      edit.placeholder = text.placeholder ?? '';
      if (text.editable !== undefined) edit.editable = text.editable;
      list.label = text.label;
    }
    const attr = model.attributes[name];
    const targetMainField =
      attr.type === 'relation' && attr.targetModel ? ctx.mainFieldOf(attr.targetModel) : undefined;
    if (targetMainField) edit.mainField = targetMainField;
    metadatas[name] = { edit, list };
  }
  return metadatas;
}

function mergeSettings(
  spec: LayoutSpec,
  model: CmModel,
  current: CmConfiguration,
  unknown: Set<string>
) {
  const settings: Record<string, unknown> = { ...current.settings };
  for (const [key, value] of Object.entries(spec.settings)) {
    if (value === undefined) continue;
    if (key === 'mainField' && !isListable(model.attributes[value as string])) {
      unknown.add(value as string);
      continue;
    }
    if (key === 'defaultSortBy' && !isSortable(model.attributes[value as string])) {
      unknown.add(value as string);
      continue;
    }
    settings[key] = value;
  }
  return settings;
}

/**
 * Lays the project's spec over the stored configuration. Pure: what the spec defines wins, what it
 * does not define (visibility, editability, other settings) stays as stored.
 */
export function mergeConfiguration(
  spec: LayoutSpec,
  model: CmModel,
  current: CmConfiguration,
  ctx: MergeContext
): MergeResult {
  const unknown = new Set<string>();
  for (const name of Object.keys(spec.fields)) if (!model.attributes[name]) unknown.add(name);
  const list = spec.list.filter((name) => {
    const ok = isListable(model.attributes[name]);
    if (!ok) unknown.add(name);
    return ok;
  });
  return {
    configuration: {
      settings: mergeSettings(spec, model, current, unknown),
      metadatas: mergeMetadatas(spec, model, current, ctx),
      layouts: { list, edit: mergeEdit(spec, model, current, ctx, unknown) },
    },
    unknownFields: [...unknown],
  };
}
