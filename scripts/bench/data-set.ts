import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DATA_DIR = path.join(ROOT, 'bench-data');
export type Database = 'sqlite' | 'postgres';

const pgConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD || undefined,
});

/** Where one cached data set lives: a SQLite file, or a PostgreSQL database, plus its manifest. */
export function dataSet(database: Database, items: number, campaigns: number) {
  const key = `${database}-${items}-k${campaigns}`;
  const relativeDb = path.join('bench-data', `${key}.db`);
  const pgName = `bench_${items}_k${campaigns}`;
  const env: Record<string, string> =
    database === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: relativeDb }
      : {
          DATABASE_CLIENT: 'postgres',
          DATABASE_NAME: pgName,
          DATABASE_HOST: pgConfig().host,
          DATABASE_PORT: String(pgConfig().port),
          DATABASE_USERNAME: pgConfig().user,
          DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
        };
  return {
    key,
    env,
    manifest: path.join(DATA_DIR, `${key}.json`),
    /** Drops whatever a previous (maybe interrupted) load left, and makes an empty database. */
    async reset() {
      fs.mkdirSync(DATA_DIR, { recursive: true });
      fs.rmSync(path.join(DATA_DIR, `${key}.json`), { force: true });
      if (database === 'sqlite') {
        for (const suffix of ['', '-wal', '-shm', '-journal'])
          fs.rmSync(path.join(ROOT, relativeDb + suffix), { force: true });
        return;
      }
      const client = new Client({ ...pgConfig(), database: 'postgres' });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${pgName}`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Environment of a production-like boot: generated secrets, no demo seed, quiet logs. */
export function appEnv(extra: Record<string, string>): Record<string, string> {
  const random = () => crypto.randomBytes(32).toString('base64');
  return {
    NODE_ENV: 'production',
    APP_KEYS: [random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
    SEED_DEMO: 'false',
    API_RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...extra,
  };
}
