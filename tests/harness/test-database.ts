import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '..', '..');
export const isPostgres = () => (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

const pgAdminConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD || undefined,
  database: 'postgres',
});

async function withPgAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(pgAdminConfig());
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Environment for Strapi's config/database.ts. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database for one suite: a new SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `cms_test_${process.pid}_${Date.now().toString(36)}`;
  if (isPostgres()) {
    await withPgAdmin((client) => client.query(`CREATE DATABASE ${name}`));
    return {
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_NAME: name,
        DATABASE_HOST: pgAdminConfig().host,
        DATABASE_PORT: String(pgAdminConfig().port),
        DATABASE_USERNAME: pgAdminConfig().user,
        DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
      },
      drop: () =>
        withPgAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
          () => undefined
        ),
    };
  }
  const relative = path.join('.tmp', `${name}.db`);
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: relative },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        fs.rmSync(path.join(ROOT, relative + suffix), { force: true });
    },
  };
}
