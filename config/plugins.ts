import type { Core } from '@strapi/strapi';
import { secret } from '../src/env/secrets';

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
      servers: [{ url: `${env('PUBLIC_URL') || 'http://localhost:1337'}/api`, description: 'Content API' }],
      // The app reads content only; no plugin routes (auth, users, upload) belong in its document.
      'x-strapi-config': { plugins: [] },
    },
  },
  'campaign-tally': {
    enabled: true,
    resolve: './src/plugins/campaign-tally',
    config: {
      timeZone: env('TALLY_TIME_ZONE', 'Asia/Shanghai'),
      totalsCacheTtlMs: env.int('TALLY_TOTALS_CACHE_TTL_MS', 30000),
    },
  },
});

export default config;
