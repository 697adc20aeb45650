export const PLUGIN_ID = 'editorial-review';

/** The review levels, in order. A type reviewed at 2 levels uses the first two. */
export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = { 1: '初审', 2: '复审', 3: '终审' };

/**
 * Where a draft is in its review. `level-N` waits for level N; `approved` passed the last level
 * (可发布); `published` is the approved version out on the app; `returned` went back to its author.
 */
export const STAGES = [
  'draft',
  'level-1',
  'level-2',
  'level-3',
  'approved',
  'published',
  'returned',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  draft: '草稿',
  'level-1': '待初审',
  'level-2': '待复审',
  'level-3': '待终审',
  approved: '可发布',
  published: '已发布',
  returned: '退回修改',
};

export const stageOfLevel = (level: Level): Stage => `level-${level}` as Stage;
export const levelOfStage = (stage: Stage): Level | null =>
  stage.startsWith('level-') ? (Number(stage.slice(6)) as Level) : null;

/** Why a review went back to 待初审 without anyone rejecting it. */
export const EDITED_AFTER_SUBMISSION = '送审后有修改';

/**
 * The plugin's RBAC actions, declared once: bootstrap registers them, routes and admin check them.
 * Strapi's action uids take lowercase letters, dots and hyphens only, so the levels are spelled out.
 */
export const ACTION_RECORDS = {
  'review-level-one': { uid: 'review-level-one', displayName: '初审' },
  'review-level-two': { uid: 'review-level-two', displayName: '复审' },
  'review-level-three': { uid: 'review-level-three', displayName: '终审' },
  'read-audit': { uid: 'read-audit', displayName: '查看操作日志' },
  'read-sheets': { uid: 'read-sheets', displayName: '查看签发单' },
} as const;

const action = (uid: keyof typeof ACTION_RECORDS) => `plugin::${PLUGIN_ID}.${uid}`;

export const ACTIONS = {
  reviewLevel: {
    1: action('review-level-one'),
    2: action('review-level-two'),
    3: action('review-level-three'),
  } as Record<Level, string>,
  readAudit: action('read-audit'),
  readSheets: action('read-sheets'),
} as const;

/** The default review levels per reviewed type (REVIEW_LEVELS overrides them). */
export const DEFAULT_REVIEW_LEVELS: Record<string, number> = {
  'api::article.article': 3,
  'api::episode.episode': 3,
  'api::pledge.pledge': 2,
};

/** The short names REVIEW_LEVELS uses, e.g. `article:3,episode:3,pledge:2`. */
export const REVIEWED_TYPE_NAMES: Record<string, string> = {
  article: 'api::article.article',
  episode: 'api::episode.episode',
  pledge: 'api::pledge.pledge',
};

/** Where a recorded action came from. */
export const ORIGINS = ['admin', 'api', 'cli', 'seed', 'scheduler', 'system'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_LABELS: Record<Origin, string> = {
  admin: '管理后台',
  api: '内容接口',
  cli: '命令行',
  seed: '演示数据',
  scheduler: '定时任务',
  system: '系统',
};

/** What the audit log records. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'discardDraft',
  'clone',
  'submit',
  'approve',
  'reject',
  'schedule',
  'override',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: '新建',
  update: '修改',
  publish: '发布',
  unpublish: '撤稿',
  delete: '删除',
  discardDraft: '放弃草稿',
  clone: '复制',
  submit: '送审',
  approve: '审核通过',
  reject: '退回修改',
  schedule: '定时',
  override: '错敏词放行',
};
