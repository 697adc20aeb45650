#!/usr/bin/env node
'use strict';

// Launcher only: `npm run tally` compiles the plugin and the app first, then runs this.
const path = require('path');
const { main } = require('../src/plugins/campaign-tally/dist/server/src/cli/tally-cli');

main(process.argv.slice(2), { appDir: path.resolve(__dirname, '..') })
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
