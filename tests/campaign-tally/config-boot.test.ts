import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { createTestDatabase, ROOT } from '../harness/test-database';

describe('plugin config is validated at boot', () => {
  it('refuses to boot with a time zone that does not exist', async () => {
    const database = await createTestDatabase();
    const saved = { ...process.env };
    const listeners = process.listeners('uncaughtException');
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      ...database.env,
      TALLY_TIME_ZONE: 'Mars/Olympus_Mons',
    });
    try {
      const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') });
      await expect(strapi.load()).rejects.toThrow(
        /campaign-tally config: timeZone must be an IANA time zone/
      );
      // The other loaders run in parallel (Promise.all) and keep importing after the rejection.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await strapi.db?.destroy().catch(() => undefined);
    } finally {
      process.env = saved;
      for (const fn of listeners)
        if (!process.listeners('uncaughtException').includes(fn))
          process.on('uncaughtException', fn);
      await database.drop();
    }
  });
});
