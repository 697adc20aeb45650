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
