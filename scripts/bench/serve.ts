import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { ROOT } from './data-set';

// The benchmarked server: the compiled app, started as `strapi start` would, in its own process.
createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') })
  .start()
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
