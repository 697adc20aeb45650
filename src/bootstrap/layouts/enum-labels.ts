/**
 * The Chinese name of every enumeration option, by content type (or component) and field. The
 * stored values stay ASCII: they are the app's API contract. One registry feeds the edit form and
 * the list-view filters (the admin's translations, keyed by the option's value, see
 * enumOptionMessages), the list-view cells (src/admin/enum-cells.tsx) and the browser tests.
 * Plain data: the admin bundle imports it too. Formats and outlets are also tally dimensions, so
 * their words live once, in the tally plugin's dimension registry.
 */
import {
  FORMAT_LABELS,
  OUTLET_LABELS,
  PICKUP_LEVEL_LABELS,
  PLACEMENT_LABELS,
} from '../../plugins/campaign-tally/shared/dimensions';
import { SCORED_FORMAT_LABELS } from '../../plugins/campaign-tally/shared/scoring';
import { WORD_CATEGORIES, WORD_LEVELS } from '../../plugins/editorial-review/shared/word-check';

export const ENUM_LABELS = {
  'api::article.article': {
    format: FORMAT_LABELS,
  },
  'api::special-column.special-column': {
    outlet: OUTLET_LABELS,
    placement: PLACEMENT_LABELS,
  },
  'api::department.department': {
    kind: { 'district-department': '区直部门', town: '镇', street: '街道', other: '其他' },
  },
  'api::reporter.reporter': {
    kind: { staff: '中心记者', correspondent: '通讯员' },
  },
  'credit.byline': {
    role: { writer: '文字', photographer: '摄影', camera: '摄像', editor: '编辑', host: '主持' },
  },
  'credit.pickup': {
    level: PICKUP_LEVEL_LABELS,
  },
  'scoring.format-points': { format: SCORED_FORMAT_LABELS },
  'scoring.outlet-factor': { outlet: OUTLET_LABELS },
  'scoring.placement-factor': { placement: PLACEMENT_LABELS },
  'scoring.pickup-bonus': { level: PICKUP_LEVEL_LABELS },
  'episode.problem': {
    status: { open: '未整改', rectifying: '整改中', resolved: '已整改' },
  },
  'plugin::editorial-review.word': {
    category: WORD_CATEGORIES,
    level: WORD_LEVELS,
  },
  'pledge.item': {
    status: { pledged: '已承诺', 'in-progress': '推进中', fulfilled: '已兑现', overdue: '已逾期' },
  },
} as const satisfies Record<string, Record<string, Record<string, string>>>;

type Labels = Record<string, Record<string, Record<string, string>>>;

/** The label of one stored value, or undefined when the field or value is not in the registry. */
export function enumLabel(model: string, field: string, value: string): string | undefined {
  return (ENUM_LABELS as Labels)[model]?.[field]?.[value];
}

/**
 * The admin translations that label the options: Strapi formats each option as
 * formatMessage({ id: value }), so the message id is the bare value and one value has one label
 * across all fields. Throws when two fields give the same value different labels, or when a value
 * would replace a message of Strapi's own (`reserved`, the ids the admin already defines).
 */
export function enumOptionMessages(reserved: Iterable<string> = []): Record<string, string> {
  const taken = new Set(reserved);
  const messages: Record<string, string> = {};
  for (const [model, fields] of Object.entries(ENUM_LABELS as Labels)) {
    for (const [field, options] of Object.entries(fields)) {
      for (const [value, label] of Object.entries(options)) {
        if (taken.has(value))
          throw new Error(`${model}.${field}: option "${value}" is also a Strapi message id`);
        if (messages[value] !== undefined && messages[value] !== label)
          throw new Error(
            `${model}.${field}: option "${value}" is "${label}" here but "${messages[value]}" elsewhere`
          );
        messages[value] = label;
      }
    }
  }
  return messages;
}
