/** The 错敏词 check: its categories, levels, checked fields and the hit it reports. */

export const WORD_UIDS = {
  word: 'plugin::editorial-review.word',
  allowedTerm: 'plugin::editorial-review.allowed-term',
} as const;

export const WORD_CATEGORIES = {
  political: '政治敏感',
  advertising: '广告法用语',
  typo: '错别字',
  normative: '规范表述',
  custom: '自定义',
} as const;
export type WordCategory = keyof typeof WORD_CATEGORIES;

/** `block` refuses 终审 and publishing unless the final reviewer overrides it; `warn` is shown. */
export const WORD_LEVELS = { block: '禁用', warn: '提示' } as const;
export type WordLevel = keyof typeof WORD_LEVELS;

/** A text field of a type, or a text field inside each entry of a repeatable component. */
export type CheckedField =
  | { name: string; label: string; kind: 'text' }
  | { name: string; label: string; kind: 'blocks' }
  | {
      name: string;
      label: string;
      kind: 'component';
      fields: Array<{ name: string; label: string }>;
    };

/** The registry of what is checked, per type: one place for the panel, the gate and the tests. */
export const CHECKED_FIELDS: Record<string, CheckedField[]> = {
  'api::article.article': [
    { name: 'title', label: '标题', kind: 'text' },
    { name: 'summary', label: '摘要', kind: 'text' },
    { name: 'body', label: '正文', kind: 'blocks' },
  ],
  'api::episode.episode': [
    { name: 'title', label: '标题', kind: 'text' },
    { name: 'summary', label: '简介', kind: 'text' },
    {
      name: 'problems',
      label: '问题',
      kind: 'component',
      fields: [
        { name: 'description', label: '问题描述' },
        { name: 'resolution', label: '整改情况' },
      ],
    },
  ],
  'api::pledge.pledge': [
    { name: 'title', label: '标题', kind: 'text' },
    { name: 'summary', label: '摘要', kind: 'text' },
    {
      name: 'items',
      label: '承诺事项',
      kind: 'component',
      fields: [{ name: 'content', label: '承诺内容' }],
    },
  ],
};

/** One hit: where it is in the field's text as the editor wrote it, and what the library says. */
export interface WordHit {
  /** e.g. `title`, `body[2]`, `problems[0].resolution` */
  field: string;
  /** e.g. 标题, 正文第3段, 问题1·整改情况 */
  fieldLabel: string;
  /** UTF-16 offset and length of the matched text in the field's text. */
  offset: number;
  length: number;
  /** The text as written, spaces and all, e.g. 最 佳. */
  text: string;
  /** The library's word it matched. */
  word: string;
  context: { before: string; after: string };
  category: WordCategory;
  categoryLabel: string;
  level: WordLevel;
  levelLabel: string;
  replacement: string | null;
  note: string | null;
}

/** The final reviewer's decision to let block-level words go out, bound to the exact draft. */
export interface WordOverride {
  reason: string;
  words: string[];
  byId: number | null;
  byName: string | null;
  at: string;
  fingerprint: string;
}

/** How hits are named in a refusal: 「最佳」（标题）、「第一」（正文第2段）. */
export const describeHits = (hits: Array<Pick<WordHit, 'word' | 'fieldLabel'>>) =>
  [...new Set(hits.map((h) => `「${h.word}」（${h.fieldLabel}）`))].join('、');

/** An override as the 签发单 prints it: 放行「最佳」：理由（赵总编）. */
export const describeOverride = (o: WordOverride) =>
  `放行「${o.words.join('、')}」：${o.reason}（${o.byName ?? '终审'}）`;
