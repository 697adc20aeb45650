import type { Core } from '@strapi/strapi';
import { claimDueSchedule } from '../src/admin-api/publisher/claim-due-schedule';
import { secret } from '../src/env/secrets';
import { HELD_LINKS_MODEL } from '../src/published-relations/held-links-model';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
      // Auth rate limiting stays on everywhere but the test run, where one suite logs in often.
      ratelimit: { enabled: env('NODE_ENV') !== 'test' },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
  // Scheduled publish/unpublish (the plugin's side panel in the edit view). 2.0.9 has no polling
  // interval: it sets one in-process timer per schedule and runs overdue ones at boot.
  publisher: {
    enabled: true,
    config: {
      contentTypes: [
        'api::campaign.campaign',
        'api::special-column.special-column',
        'api::article.article',
        'api::episode.episode',
        'api::pledge.pledge',
      ],
      // One instance fires each due schedule (src/admin-api/publisher/claim-due-schedule.ts).
      hooks: {
        beforePublish: claimDueSchedule('publish'),
        beforeUnpublish: claimDueSchedule('unpublish'),
      },
    },
  },
  // OpenAPI for the app team, generated at boot outside production (see docs/editors-and-app.md).
  documentation: {
    enabled: true,
    config: {
      info: {
        version: '1.0.0',
        title: '爱张店 APP 内容接口',
        description: '区融媒体中心 专栏专题 的已发布内容（只读）。公开角色或只读 API 令牌访问。',
      },
      servers: [
        { url: `${env('PUBLIC_URL') || 'http://localhost:1337'}/api`, description: 'Content API' },
      ],
      // The app reads content only; no plugin routes (auth, users, upload) belong in its document.
      'x-strapi-config': { plugins: [] },
    },
  },
  // 三审 before publishing, the 签发单 and the 操作日志 (src/plugins/editorial-review).
  'editorial-review': {
    // false only to measure the app without it (npm run bench); the newsroom needs it on.
    enabled: env.bool('EDITORIAL_REVIEW_ENABLED', true),
    resolve: './src/plugins/editorial-review',
    config: {
      // e.g. article:3,episode:3,pledge:2 (the defaults); 0 turns review off for a type.
      reviewLevels: env('REVIEW_LEVELS', undefined),
      auditRetentionDays: env.int('AUDIT_RETENTION_DAYS', 3650),
      // A 错敏词 added on one instance applies on every one: through Redis when it is set.
      redisUrl: env('REDIS_URL', ''),
      redisPrefix: env('API_CACHE_REDIS_PREFIX', 'cms:cache:'),
      // false: a new library starts empty instead of with the starter list.
      starterWords: env.bool('WORD_CHECK_STARTER', true),
    },
  },
  'campaign-tally': {
    enabled: true,
    resolve: './src/plugins/campaign-tally',
    config: {
      timeZone: env('TALLY_TIME_ZONE', 'Asia/Shanghai'),
      // Links the app keeps for items whose campaign or column is off the app (src/published-relations).
      heldLinksModel: HELD_LINKS_MODEL.uid,
      exportRateLimit: {
        // Off in the test run like the content API's limit; a dedicated suite turns it on.
        enabled: env.bool('API_RATE_LIMIT_ENABLED', env('NODE_ENV') !== 'test'),
        max: env.int('EXPORT_RATE_LIMIT_MAX', 60),
        intervalSeconds: env.int('API_RATE_LIMIT_INTERVAL_SECONDS', 60),
      },
    },
  },
});

export default config;
