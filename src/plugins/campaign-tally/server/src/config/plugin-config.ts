import { yup } from '@strapi/utils';
import { isValidTimeZone } from '../periods/time-zone';

/**
 * The plugin's settings. What it counts (articles, episodes, pledges and their relations) is
 * not configurable: it is shared/tallied-types.ts.
 */
export interface PluginConfig {
  /** The campaigns' time zone: periods are its calendar days. */
  timeZone: string;
  /** Exports per admin IP and interval. */
  exportRateLimit: { enabled: boolean; max: number; intervalSeconds: number };
  /**
   * The app's database model of relation links held while their target (a campaign or column)
   * is unpublished; the ledger reads them so that such items keep their campaign.
   */
  heldLinksModel: string | null;
}

export const DEFAULT_CONFIG: PluginConfig = {
  timeZone: 'Asia/Shanghai',
  exportRateLimit: { enabled: true, max: 60, intervalSeconds: 60 },
  heldLinksModel: null,
};

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
    exportRateLimit: yup
      .object({
        enabled: yup.boolean().required(),
        max: yup.number().integer().min(1).required(),
        intervalSeconds: yup.number().integer().min(1).required(),
      })
      .noUnknown()
      .required(),
    heldLinksModel: yup
      .string()
      .nullable()
      .matches(/^[a-z]+::[a-z0-9-]+$/, 'heldLinksModel must be a model uid such as app::name'),
  })
  .noUnknown();

/** Throws on a bad plugin config, so a wrong time zone stops the boot. */
export function validatePluginConfig(config: unknown): void {
  configSchema.validateSync(config, { strict: true, abortEarly: true });
}
