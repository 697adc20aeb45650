import { yup } from '@strapi/utils';
import { TALLIED_TYPES, type TalliedType } from '../../../shared/contracts';
import { isValidTimeZone } from '../periods/time-zone';

/** How one tallied type is read: its content type and the relations the ledger follows. */
export interface TalliedTypeConfig {
  uid: string;
  /** manyToOne relation to the campaign. */
  campaignField: string;
  /** Relation (manyToOne or manyToMany) to departments, if the type has one. */
  departmentsField?: string;
}

export interface PluginConfig {
  timeZone: string;
  /** How long the content API's totals stay cached, in milliseconds (0 turns the cache off). */
  totalsCacheTtlMs: number;
  /** Exports per admin IP and interval. */
  exportRateLimit: { enabled: boolean; max: number; intervalSeconds: number };
  campaignUid: string;
  departmentUid: string;
  columnUid: string;
  /**
   * The app's database model of relation links held while their target (a campaign or column)
   * is unpublished; the ledger reads them so that such items keep their campaign.
   */
  heldLinksModel: string | null;
  types: Partial<Record<TalliedType, TalliedTypeConfig>>;
}

export const DEFAULT_CONFIG: PluginConfig = {
  timeZone: 'Asia/Shanghai',
  totalsCacheTtlMs: 30000,
  exportRateLimit: { enabled: true, max: 60, intervalSeconds: 60 },
  campaignUid: 'api::campaign.campaign',
  departmentUid: 'api::department.department',
  columnUid: 'api::special-column.special-column',
  heldLinksModel: null,
  types: {
    article: {
      uid: 'api::article.article',
      campaignField: 'campaign',
      departmentsField: 'departments',
    },
    episode: {
      uid: 'api::episode.episode',
      campaignField: 'campaign',
      departmentsField: 'departments',
    },
    pledge: {
      uid: 'api::pledge.pledge',
      campaignField: 'campaign',
      departmentsField: 'department',
    },
  },
};

const UID = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

const typeSchema = yup
  .object({
    uid: yup.string().required().matches(UID, 'uid must look like api::name.name'),
    campaignField: yup
      .string()
      .required()
      .matches(FIELD, 'campaignField must be an attribute name'),
    departmentsField: yup.string().matches(FIELD, 'departmentsField must be an attribute name'),
  })
  .noUnknown();

const configSchema = yup
  .object({
    timeZone: yup
      .string()
      .required()
      .test(
        'time-zone',
        'timeZone must be an IANA time zone such as Asia/Shanghai',
        isValidTimeZone
      ),
    totalsCacheTtlMs: yup.number().integer().min(0).max(3600000).required(),
    exportRateLimit: yup
      .object({
        enabled: yup.boolean().required(),
        max: yup.number().integer().min(1).required(),
        intervalSeconds: yup.number().integer().min(1).required(),
      })
      .noUnknown()
      .required(),
    campaignUid: yup.string().required().matches(UID),
    departmentUid: yup.string().required().matches(UID),
    columnUid: yup.string().required().matches(UID),
    heldLinksModel: yup
      .string()
      .nullable()
      .matches(/^[a-z]+::[a-z0-9-]+$/, 'heldLinksModel must be a model uid such as app::name'),
    types: yup
      .object()
      .required()
      .test(
        'tallied-types',
        `types must be a non-empty subset of ${TALLIED_TYPES.join(', ')}`,
        (v) => {
          const keys = Object.keys(v ?? {});
          return (
            keys.length > 0 && keys.every((k) => (TALLIED_TYPES as readonly string[]).includes(k))
          );
        }
      )
      .test('type-shape', 'each tallied type needs a uid and a campaignField', (v) =>
        Object.values(v ?? {}).every((t) => typeSchema.isValidSync(t, { strict: true }))
      ),
  })
  .noUnknown();

/** Throws on a bad plugin config, so a wrong time zone or tallied type stops the boot. */
export function validatePluginConfig(config: unknown): void {
  configSchema.validateSync(config, { strict: true, abortEarly: true });
}
