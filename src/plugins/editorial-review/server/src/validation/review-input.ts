import { errors, validateYupSchema, yup } from '@strapi/utils';

const text = (max: number) => yup.string().max(max, `不能超过 ${max} 字`);

// Bodies are validated strictly: a field the route does not take is a 400, not ignored.
const opinionSchema = yup
  .object({ opinion: text(2000).nullable(), overrideReason: text(2000).nullable() })
  .noUnknown(true, '不支持的字段：${unknown}');
const reasonSchema = yup
  .object({ reason: text(2000).required('须填写原因') })
  .noUnknown(true, '不支持的字段：${unknown}');

/** An approval: an optional opinion, and at 终审 the reason to let block-level 错敏词 go out. */
export const validateOpinion = async (body: unknown) => {
  const { opinion, overrideReason } = (await validateYupSchema(opinionSchema)(body ?? {})) as {
    opinion?: string | null;
    overrideReason?: string | null;
  };
  const reason = overrideReason?.trim() || null;
  if (reason !== null && reason.length < 2) throw new errors.ValidationError('放行理由至少 2 个字');
  return { opinion: opinion?.trim() || null, overrideReason: reason };
};

export const validateReason = async (body: unknown) => {
  const { reason } = (await validateYupSchema(reasonSchema)(body ?? {})) as { reason: string };
  if (reason.trim().length < 2) throw new errors.ValidationError('须填写原因（至少 2 个字）');
  return { reason: reason.trim() };
};

/** Query strings are cast (numbers arrive as text), so unknown parameters are checked by name. */
function rejectUnknown(query: unknown, schema: yup.AnyObjectSchema) {
  const known = Object.keys(schema.fields);
  const unknown = Object.keys((query ?? {}) as object).filter((key) => !known.includes(key));
  if (unknown.length > 0)
    throw new errors.ValidationError(`不支持的查询参数：${unknown.join('、')}`);
}

const documentIdPattern = /^[a-z0-9]{10,64}$/;

/** The route's type and document: a reviewed type, and a documentId as Strapi makes them. */
export function validateDocumentParams(
  params: Record<string, string>,
  isKnownType: (uid: string) => boolean
): { uid: string; documentId: string } {
  const { uid, documentId } = params;
  if (!isKnownType(uid)) throw new errors.ValidationError(`不支持审核的类型：${uid}`);
  if (!documentIdPattern.test(documentId ?? ''))
    throw new errors.ValidationError(`文档编号格式不正确：${documentId}`);
  return { uid, documentId };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const optionalId = yup.string().matches(/^[a-z0-9]{10,64}$/, '编号格式不正确');

const queueSchema = yup
  .object({
    contentType: yup.string().matches(/^api::[a-z-]+\.[a-z-]+$/, '类型格式不正确'),
    campaign: optionalId,
    column: optionalId,
    waitingMinutes: yup.number().integer('须为整数').min(0).max(525_600),
  })
  .noUnknown();

export const validateQueueQuery = async (query: unknown) =>
  rejectUnknown(query, queueSchema) ??
  ((await validateYupSchema(queueSchema, { strict: false })(query ?? {})) as {
    contentType?: string;
    campaign?: string;
    column?: string;
    waitingMinutes?: number;
  });

const auditSchema = yup
  .object({
    action: yup.string().max(16),
    origin: yup.string().max(16),
    contentType: yup.string().max(80),
    documentId: optionalId,
    userId: yup.number().integer().min(1),
    from: yup.string().matches(isoDay, '日期须为 YYYY-MM-DD'),
    to: yup.string().matches(isoDay, '日期须为 YYYY-MM-DD'),
    before: yup.number().integer().min(1),
    limit: yup.number().integer().min(1).max(200),
    format: yup.string().oneOf(['csv', 'xlsx'], '格式须为 csv 或 xlsx'),
  })
  .noUnknown();

export type AuditQuery = {
  action?: string;
  origin?: string;
  contentType?: string;
  documentId?: string;
  userId?: number;
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
  format?: 'csv' | 'xlsx';
};

export const validateAuditQuery = async (query: unknown) =>
  rejectUnknown(query, auditSchema) ??
  ((await validateYupSchema(auditSchema, { strict: false })(query ?? {})) as AuditQuery);

const rangeSchema = yup
  .object({
    from: yup.string().required('须指定起始日期').matches(isoDay, '日期须为 YYYY-MM-DD'),
    to: yup.string().required('须指定结束日期').matches(isoDay, '日期须为 YYYY-MM-DD'),
  })
  .noUnknown();

export const validateRange = async (query: unknown) => {
  rejectUnknown(query, rangeSchema);
  const range = (await validateYupSchema(rangeSchema, { strict: false })(query ?? {})) as {
    from: string;
    to: string;
  };
  if (range.from > range.to) throw new errors.ValidationError('起始日期不能晚于结束日期');
  return range;
};

/** A calendar day in Beijing time, as an instant: the day's first moment. */
export const beijingDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
