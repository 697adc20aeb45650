import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { LibraryFormat, LibraryList } from '../services/word-library-io';

const LISTS: LibraryList[] = ['words', 'allowed'];
const FORMATS: LibraryFormat[] = ['csv', 'xlsx'];
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const checkSchema = yup
  .object({
    // The edit form's values, to check what is on screen before it is saved.
    data: yup.object().nullable(),
  })
  .noUnknown(true, '不支持的字段：${unknown}');

export const validateCheckBody = async (body: unknown) => {
  const { data } = (await validateYupSchema(checkSchema)(body ?? {})) as {
    data?: Record<string, unknown> | null;
  };
  return { data: data ?? null };
};

function pick<T extends string>(value: unknown, allowed: T[], name: string, fallback?: T): T {
  if (value === undefined && fallback) return fallback;
  if (typeof value === 'string' && (allowed as string[]).includes(value)) return value as T;
  throw new errors.ValidationError(`${name}须为 ${allowed.join(' 或 ')}，收到：${String(value)}`);
}

function rejectUnknown(query: Record<string, unknown>, known: string[]) {
  const unknown = Object.keys(query).filter((k) => !known.includes(k));
  if (unknown.length > 0)
    throw new errors.ValidationError(`不支持的查询参数：${unknown.join('、')}`);
}

export function validateExportQuery(query: unknown): { list: LibraryList; format: LibraryFormat } {
  const q = (query ?? {}) as Record<string, unknown>;
  rejectUnknown(q, ['list', 'format']);
  return {
    list: pick(q.list, LISTS, 'list', 'words'),
    format: pick(q.format, FORMATS, 'format', 'xlsx'),
  };
}

type UploadedFile = { filepath?: string; originalFilename?: string | null; size?: number };

/** The import's list, and its one uploaded file (multipart field `file`), .csv or .xlsx. */
export function validateImport(
  query: unknown,
  files: Record<string, UploadedFile | UploadedFile[]> | undefined
): { list: LibraryList; format: LibraryFormat; path: string } {
  const q = (query ?? {}) as Record<string, unknown>;
  rejectUnknown(q, ['list']);
  const list = pick(q.list, LISTS, 'list', 'words');
  const file = files?.file;
  if (!file || Array.isArray(file) || !file.filepath)
    throw new errors.ValidationError('请上传一个文件（表单字段 file）');
  if ((file.size ?? 0) > MAX_IMPORT_BYTES) throw new errors.ValidationError('文件不能超过 5 MB');
  const name = (file.originalFilename ?? '').toLowerCase();
  const format = name.endsWith('.csv') ? 'csv' : name.endsWith('.xlsx') ? 'xlsx' : null;
  if (!format) throw new errors.ValidationError('只支持 .csv 或 .xlsx 文件');
  return { list, format, path: file.filepath };
}
