import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { ACTION_HANDLERS, findScheduledAction, type PolicyContext } from './scheduled-actions';

export const MODES = ['publish', 'unpublish'] as const;

// undefined is left to required(), so a missing date is reported once.
const isDate = (value: unknown) =>
  value === undefined ||
  ((typeof value === 'string' || typeof value === 'number') &&
    !Number.isNaN(new Date(value).getTime()));

const executeAt = () =>
  yup
    .mixed()
    .required('executeAt is required')
    .test('date', 'executeAt must be a date, e.g. 2019-05-01T08:00:00+08:00', isDate);

/** The body of a new schedule, as the plugin's edit-view panel sends it. */
export const createActionSchema = (contentTypes: string[]) =>
  yup
    .object({
      data: yup
        .object({
          mode: yup
            .string()
            .required()
            .oneOf([...MODES]),
          entitySlug: yup.string().required().oneOf(contentTypes),
          entityId: yup.string().required().max(64),
          executeAt: executeAt(),
          locale: yup.string().nullable().max(32),
        })
        .noUnknown()
        .required(),
    })
    .noUnknown();

/**
 * Moving a schedule changes its time only, as the panel does: a new entitySlug or entityId
 * would escape the publish-right check, which looks at the stored action.
 */
export const updateActionSchema = yup
  .object({ data: yup.object({ executeAt: executeAt() }).noUnknown().required() })
  .noUnknown();

/** Validates with yup; several problems make one message that names each of them. */
async function validate<T>(schema: yup.AnySchema, body: unknown): Promise<T> {
  try {
    return (await validateYupSchema(schema)(body)) as T;
  } catch (error) {
    const list = (error as { details?: { errors?: Array<{ message: string }> } }).details?.errors;
    if (error instanceof errors.ValidationError && list && list.length > 1) {
      throw new errors.ValidationError(list.map((e) => e.message).join('; '), error.details);
    }
    throw error;
  }
}

/** The types the publisher is configured for; the plugin takes an empty list as "all". */
function schedulableTypes(strapi: Core.Strapi): string[] {
  const configured = strapi.plugin('publisher').config('contentTypes') as string[] | undefined;
  if (configured && configured.length > 0) return configured;
  return Object.entries(strapi.contentTypes)
    .filter(([uid, ct]) => uid.startsWith('api::') && ct.options?.draftAndPublish === true)
    .map(([uid]) => uid);
}

/**
 * Policy on the publisher's action routes: the plugin stores any mode, type and id it is sent
 * (`mode: "explode"` was kept and fired), and an unknown action id on PUT was a 500. Bodies are
 * validated with yup, the scheduled document must exist, and a missing action is a 404.
 */
export default async function validateAction(
  ctx: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
): Promise<boolean> {
  const handler = ctx.state.route?.handler;
  if (handler === ACTION_HANDLERS.create) {
    const body = await validate<{ data: { entitySlug: string; entityId: string } }>(
      createActionSchema(schedulableTypes(strapi)),
      ctx.request.body
    );
    const { entitySlug, entityId } = body.data;
    const exists = await strapi.db.query(entitySlug).count({ where: { documentId: entityId } });
    if (exists === 0) {
      const message = `entityId "${entityId}" is not a document of ${entitySlug}`;
      throw new errors.ValidationError(message, { key: 'data.entityId' });
    }
    return true;
  }
  if (handler === ACTION_HANDLERS.update || handler === ACTION_HANDLERS.delete) {
    const id = ctx.params?.id;
    if (!(await findScheduledAction(strapi, id))) {
      throw new errors.NotFoundError(`找不到定时任务 ${id}`);
    }
    if (handler === ACTION_HANDLERS.update) await validate(updateActionSchema, ctx.request.body);
    return true;
  }
  return true;
}
