const { createStrapi, compileStrapi } = require('@strapi/strapi');
(async () => {
  const t = Date.now();
  const app = await createStrapi({ appDir: process.cwd(), distDir: process.cwd() + '/dist' }).load();
  await app.server.mount();
  console.log('booted in', Date.now() - t);
  await app.destroy();
})().catch((e) => { console.error(e); process.exit(1); });
