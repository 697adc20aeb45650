import { isDeepStrictEqual } from 'util';
import type { Core } from '@strapi/strapi';
import {
  COMPONENT_LAYOUTS,
  CONTENT_TYPE_LAYOUTS,
  PLUGIN_TYPE_LAYOUTS,
  type LayoutSpec,
} from './layouts';
import type { EditCell } from './layouts/types';
import {
  mergeConfiguration,
  type CmConfiguration,
  type CmModel,
  type MergeContext,
} from './layouts/merge-configuration';

/** The slice of the content manager's 'content-types' and 'components' services used here. */
interface ConfigurationService {
  findConfiguration(model: CmModel): Promise<unknown>;
  updateConfiguration(model: CmModel, configuration: CmConfiguration): Promise<unknown>;
}
interface ModelFinder {
  findContentType?(uid: string): CmModel | undefined;
  findComponent?(uid: string): CmModel | undefined;
}
type CmService = ConfigurationService & ModelFinder;

const LOG_PREFIX = '[content-manager-layouts]';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads the stored configuration into the expected shape; anything else becomes empty. */
function normalise(stored: unknown): CmConfiguration {
  const config: Loose = isObject(stored) ? stored : {};
  const layouts: Loose = isObject(config.layouts) ? config.layouts : {};
  const rows = Array.isArray(layouts.edit) ? (layouts.edit as unknown[]).filter(Array.isArray) : [];
  return {
    settings: isObject(config.settings) ? config.settings : {},
    metadatas: isObject(config.metadatas) ? (config.metadatas as CmConfiguration['metadatas']) : {},
    layouts: {
      list: Array.isArray(layouts.list)
        ? layouts.list.filter((f): f is string => typeof f === 'string')
        : [],
      edit: rows.map((row) =>
        (row as unknown[]).filter(
          (cell): cell is EditCell =>
            isObject(cell) && typeof cell.name === 'string' && typeof cell.size === 'number'
        )
      ),
    },
  };
}

function mergeContext(strapi: Core.Strapi): MergeContext {
  const fieldSizes = strapi.plugin('content-manager').service('field-sizes') as {
    hasFieldSize(type: string): boolean;
    getFieldSize(type: string): { default: number; isResizable: boolean };
  };
  const specs: Record<string, LayoutSpec> = {
    ...CONTENT_TYPE_LAYOUTS,
    ...PLUGIN_TYPE_LAYOUTS,
    ...COMPONENT_LAYOUTS,
  };
  return {
    mainFieldOf: (uid) => specs[uid]?.settings.mainField,
    fieldSize: (type) =>
      fieldSizes.hasFieldSize(type)
        ? fieldSizes.getFieldSize(type)
        : { default: 6, isResizable: true },
  };
}

/** Applies one spec; returns whether the stored configuration changed. */
async function applyOne(
  strapi: Core.Strapi,
  service: CmService,
  model: CmModel,
  spec: LayoutSpec,
  ctx: MergeContext
) {
  const current = normalise(await service.findConfiguration(model));
  const { configuration, unknownFields } = mergeConfiguration(spec, model, current, ctx);
  if (unknownFields.length > 0) {
    strapi.log.warn(
      `${LOG_PREFIX} ${model.uid}: skipped fields the model does not offer: ${unknownFields.join(', ')}`
    );
  }
  if (isDeepStrictEqual(configuration, current)) return false;
  await service.updateConfiguration(model, configuration);
  return true;
}

async function applyAll(
  strapi: Core.Strapi,
  kind: 'content-types' | 'components',
  specs: Record<string, LayoutSpec>
) {
  const service = strapi.plugin('content-manager').service(kind) as CmService;
  const ctx = mergeContext(strapi);
  let changed = 0;
  for (const [uid, spec] of Object.entries(specs)) {
    const model =
      kind === 'components' ? service.findComponent?.(uid) : service.findContentType?.(uid);
    if (!model?.attributes) {
      strapi.log.warn(
        `${LOG_PREFIX} ${uid} is not a known ${kind === 'components' ? 'component' : 'content type'}; its layout is skipped`
      );
      continue;
    }
    try {
      if (await applyOne(strapi, service, model, spec, ctx)) changed += 1;
    } catch (error) {
      strapi.log.error(`${LOG_PREFIX} could not configure ${uid}: ${(error as Error).message}`);
      throw error;
    }
  }
  return changed;
}

/**
 * Applies the project's list and edit views (Chinese labels, columns, relation main fields, sort)
 * at every boot, through the content manager's own configuration services. Idempotent: nothing is
 * written when the stored configuration already matches. Runs after the content manager's
 * bootstrap, which has synced every configuration with the schemas by then.
 */
export async function applyContentManagerLayouts(strapi: Core.Strapi): Promise<number> {
  const changed =
    (await applyAll(strapi, 'components', COMPONENT_LAYOUTS)) +
    (await applyAll(strapi, 'content-types', { ...CONTENT_TYPE_LAYOUTS, ...PLUGIN_TYPE_LAYOUTS }));
  if (changed > 0)
    strapi.log.info(`${LOG_PREFIX} updated ${changed} content manager configuration(s)`);
  return changed;
}
