// global-setup.js (jest globalSetup): threads and child processes run compiled JavaScript from dist/
// (lib/compiled-entry.ts, scripts/harness/local-cluster.ts), so a test run on a missing or stale dist/
// would test yesterday's code. Fails fast, naming the fix, when a compiled entry is missing or older
// than any .ts file it imports (scripts/dist-fresh.js, which `npm start` uses too). `npm test` builds
// first (pretest).
'use strict';

const { RUNTIME_ENTRIES, staleness, describeStaleness } = require('../scripts/dist-fresh');

/** Sources started from dist/ by tests: what `warden` runs, and the crash-test and readers children. */
const ENTRIES = [...RUNTIME_ENTRIES, 'test/integrity/crash-driver.ts', 'test/integrity/readers-driver.ts', 'test/ha/election-driver.ts'];

module.exports = async function globalSetup() {
  const s = staleness(ENTRIES);
  if (s) throw new Error(`${describeStaleness(s)}: run \`npm run build\` (npm test does it first), then run jest again`);
};
