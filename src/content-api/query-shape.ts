import { errors, isOperatorOfType } from '@strapi/utils';

/**
 * The shape of a content-API query, checked against the model before Strapi runs it. Strapi's
 * own validation checks names but lets some shapes through to the query builder, which then
 * writes SQL on a column called "0" or dies on an object where a string goes: a 500. Each refusal
 * here is a 400 that names the parameter and what was expected.
 */

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
}
export interface ShapeModel {
  uid: string;
  attributes: Record<string, Attribute>;
}
export type ModelLookup = (uid: string) => ShapeModel | undefined;

const NESTED_TYPES = new Set(['relation', 'component', 'media']);
/** Keys every model can be filtered, sorted and selected by, though not in `attributes`. */
const ALWAYS_KEYS = new Set(['id', 'documentId']);
const MAX_KEYS = 100;

/** The model's own attribute of that name: never one reached through the prototype. */
const ownAttribute = (model: ShapeModel, key: string): Attribute | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, key) ? model.attributes[key] : undefined;

const refuse = (path: string, expected: string): never => {
  throw new errors.ValidationError(`${path} ${expected}`, { key: path });
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown) => typeof v === 'string';

/** An array, or the object Strapi's parser makes of `a[0]=…&a[1]=…` past its array limit. */
const asList = (v: unknown): unknown[] | null => {
  if (Array.isArray(v)) return v;
  if (isPlainObject(v) && Object.keys(v).every((k) => /^\d+$/.test(k))) return Object.values(v);
  return null;
};

function entriesOf(value: Record<string, unknown>, path: string) {
  const entries = Object.entries(value);
  if (entries.length > MAX_KEYS) refuse(path, `has more than ${MAX_KEYS} keys`);
  return entries;
}

function nestedModel(attr: Attribute, lookup: ModelLookup): ShapeModel | undefined {
  if (attr.type === 'media') return lookup('plugin::upload.file');
  if (attr.type === 'component' && attr.component) return lookup(attr.component);
  if (attr.type === 'relation' && attr.target) return lookup(attr.target);
  return undefined;
}

/** The value under a scalar field: a string, a list of strings, or operators over them. */
function checkFieldCondition(value: unknown, path: string): void {
  if (isScalar(value)) return;
  const list = asList(value);
  if (list) {
    list.forEach((v, i) => isScalar(v) || refuse(`${path}[${i}]`, 'must be a value'));
    return;
  }
  if (!isPlainObject(value)) return refuse(path, 'must be a value or an operator such as [$eq]');
  for (const [op, operand] of entriesOf(value, path)) {
    const at = `${path}[${op}]`;
    if (isOperatorOfType('group', op)) {
      const items = asList(operand) ?? refuse(at, 'must be a list: [$or][0][$eq]=…');
      items.forEach((item, i) => checkFieldCondition(item, `${at}[${i}]`));
    } else if (op === '$not') {
      checkFieldCondition(operand, at);
    } else if (isOperatorOfType('where', op)) {
      const items = asList(operand);
      if (op === '$between') {
        if (items?.length === 2 && items.every(isScalar)) continue;
        refuse(at, 'must be two values: [$between][0]=…&[$between][1]=…');
      }
      if (isScalar(operand)) continue;
      if (items && isOperatorOfType('array', op) && items.every(isScalar)) continue;
      refuse(
        at,
        isOperatorOfType('array', op) ? 'must be a value or a list of values' : 'must be a value'
      );
    } else {
      refuse(at, `is not an operator; use one of $eq, $ne, $in, $lt, $gt, $contains, $null …`);
    }
  }
}

/** A filters object at the level of a model: fields of the model, and $and / $or / $not. */
function checkModelFilters(
  filters: unknown,
  model: ShapeModel,
  lookup: ModelLookup,
  path: string
): void {
  if (!isPlainObject(filters)) return refuse(path, 'must be an object: filters[title][$eq]=…');
  for (const [key, value] of entriesOf(filters, path)) {
    const at = `${path}[${key}]`;
    if (isOperatorOfType('group', key)) {
      const items = asList(value) ?? refuse(at, 'must be a list: filters[$or][0][title][$eq]=…');
      items.forEach((item, i) => checkModelFilters(item, model, lookup, `${at}[${i}]`));
      continue;
    }
    if (key === '$not') {
      checkModelFilters(value, model, lookup, at);
      continue;
    }
    if (key.startsWith('$')) refuse(at, 'needs a field before the operator: filters[title][$eq]=…');
    if (ALWAYS_KEYS.has(key)) {
      checkFieldCondition(value, at);
      continue;
    }
    const attr = ownAttribute(model, key);
    if (!attr || attr.private) refuse(at, `is not a field of ${model.uid}`);
    if (NESTED_TYPES.has(attr!.type)) {
      const target = nestedModel(attr!, lookup);
      if (!target) refuse(at, 'cannot be filtered on');
      checkModelFilters(value, target!, lookup, at);
    } else if (attr!.type === 'dynamiczone') {
      refuse(at, 'cannot be filtered on');
    } else {
      checkFieldCondition(value, at);
    }
  }
}

/** `fields`: a name, a comma list, or a list of names, each a plain field of the model. */
function checkFields(fields: unknown, model: ShapeModel): void {
  const names = isScalar(fields)
    ? (fields as string).split(',')
    : (asList(fields) ?? refuse('fields', 'must be a field name or a list: fields[0]=title'));
  names.forEach((name, i) => {
    const at = isScalar(fields) ? 'fields' : `fields[${i}]`;
    if (!isScalar(name) || (name as string).trim() === '') refuse(at, 'must be a field name');
    const key = (name as string).trim();
    if (key === '*' || ALWAYS_KEYS.has(key)) return;
    const attr = ownAttribute(model, key);
    if (!attr || attr.private || NESTED_TYPES.has(attr.type) || attr.type === 'dynamiczone') {
      refuse(at, `"${key}" is not a plain field of ${model.uid}; relations go in populate`);
    }
  });
}

/** One sort path, `column.name`: each step a sortable field, relations leading to their model. */
function checkSortPath(steps: string[], model: ShapeModel, lookup: ModelLookup, at: string): void {
  const [head, ...rest] = steps;
  if (!head || head.startsWith('$')) refuse(at, 'must name a field: sort=title:asc');
  if (ALWAYS_KEYS.has(head) && rest.length === 0) return;
  const attr = ownAttribute(model, head);
  if (!attr || attr.private || attr.type === 'dynamiczone') {
    refuse(at, `"${head}" is not a field of ${model.uid}`);
  }
  const nested = NESTED_TYPES.has(attr!.type);
  if (nested !== rest.length > 0) {
    refuse(
      at,
      nested ? `"${head}" is a relation: sort by one of its fields` : `"${head}" has no fields`
    );
  }
  if (nested) {
    const target = nestedModel(attr!, lookup) ?? refuse(at, `"${head}" cannot be sorted on`);
    checkSortPath(rest, target, lookup, at);
  }
}

/** `sort`: "title:asc", a comma list, a list of those, or { title: 'asc' } objects. */
function checkSort(sort: unknown, model: ShapeModel, lookup: ModelLookup, path = 'sort'): void {
  if (isScalar(sort)) {
    for (const item of (sort as string).split(',')) {
      const [field, direction, ...extra] = item.trim().split(':');
      if (extra.length > 0 || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
        refuse(path, 'must be a field and a direction: sort=title:asc');
      }
      checkSortPath(field.split('.'), model, lookup, path);
    }
    return;
  }
  const list = asList(sort);
  if (list) {
    list.forEach((item, i) => checkSort(item, model, lookup, `${path}[${i}]`));
    return;
  }
  if (!isPlainObject(sort)) return refuse(path, 'must be a field and a direction: sort=title:asc');
  for (const [key, value] of entriesOf(sort, path)) {
    const at = `${path}[${key}]`;
    const attr = ownAttribute(model, key);
    if (isPlainObject(value)) {
      const target = attr && NESTED_TYPES.has(attr.type) ? nestedModel(attr, lookup) : undefined;
      if (!target) refuse(at, `"${key}" is not a relation of ${model.uid}`);
      checkSort(value, target!, lookup, at);
    } else if (!isScalar(value) || !/^(asc|desc)$/i.test(value as string)) {
      refuse(at, 'must be asc or desc');
    } else {
      checkSortPath([key], model, lookup, at);
    }
  }
}

/** Checks filters, fields, sort and the string-only parameters of a query on `model`. */
export function checkQueryShape(
  query: Record<string, unknown>,
  model: ShapeModel | undefined,
  lookup: ModelLookup
): void {
  for (const key of ['_q', 'status', 'locale'] as const) {
    if (query[key] !== undefined && !isScalar(query[key])) refuse(key, 'must be a single value');
  }
  if (!model) return;
  if (query.sort !== undefined) checkSort(query.sort, model, lookup);
  if (query.filters !== undefined) checkModelFilters(query.filters, model, lookup, 'filters');
  if (query.fields !== undefined) checkFields(query.fields, model);
}
