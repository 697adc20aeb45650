'use strict';

// Built from server/src by `npm run build:plugin` (tsc); Strapi loads plugin servers as JS only.
module.exports = require('./dist/server/src').default;
