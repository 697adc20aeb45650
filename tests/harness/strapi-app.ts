import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import path from 'path';
import request from 'supertest';
import { createTestDatabase, ROOT, type TestDatabase } from './test-database';

type Listener = (...args: unknown[]) => void;

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest bound to the real HTTP server. */
  http: () => ReturnType<typeof request>;
}

let current: { app: TestApp; database: TestDatabase; listeners: Map<string, Listener[]> } | null =
  null;

const savedListeners = () =>
  new Map(
    (['exit', 'SIGINT', 'SIGTERM', 'uncaughtException', 'unhandledRejection'] as const).map(
      (event) => [event, process.listeners(event as NodeJS.Signals) as Listener[]]
    )
  );

/** Boots a real Strapi from the compiled output on a fresh database and mounts its routes. */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<TestApp> {
  if (current) return current.app;
  const database = await createTestDatabase();
  try {
    return await boot(database, extraEnv);
  } catch (error) {
    // A suite whose app failed to boot must not leave its database behind.
    await database.drop();
    throw error;
  }
}

async function boot(database: TestDatabase, extraEnv: Record<string, string>): Promise<TestApp> {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_DEMO: 'false',
    // Suites not about review publish directly; tests/review turns it on.
    REVIEW_LEVELS: 'article:0,episode:0,pledge:0',
    ...database.env,
    ...extraEnv,
  });
  const listeners = savedListeners();
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  await strapi.server.mount();
  const app: TestApp = { strapi, http: () => request(strapi.server.httpServer) };
  current = { app, database, listeners };
  return app;
}

/** Stops Strapi and boots it again on the same database, as a server restart would. */
export async function restartApp(): Promise<TestApp> {
  if (!current) throw new Error('restartApp() needs a running app');
  const { database } = current;
  await shutdown();
  return boot(database, {});
}

async function shutdown() {
  if (!current) return null;
  const { app, database, listeners } = current;
  current = null;
  await app.strapi.destroy();
  for (const [event, fns] of listeners) {
    for (const fn of fns)
      if (!process.listeners(event as NodeJS.Signals).includes(fn)) process.on(event, fn);
  }
  return database;
}

/** Stops Strapi, drops the suite's database, and puts back the process listeners destroy() removes. */
export async function stopApp(): Promise<void> {
  const database = await shutdown();
  await database?.drop();
}
