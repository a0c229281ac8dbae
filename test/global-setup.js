// global-setup.js (jest globalSetup): threads and child processes run compiled JavaScript from dist/
// (lib/compiled-entry.ts, scripts/harness/local-cluster.ts), so a test run on a missing or stale dist/
// would test yesterday's code. Fails fast, naming the fix, when a compiled entry is missing or older
// than any .ts file it imports (followed through relative imports). `npm test` builds first (pretest).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
/** Sources started from dist/ by tests: thread entries, the crash-test and readers children, the CLI. */
const ENTRIES = [
  'actors/analysis/engine-thread.ts',
  'actors/integrity/hash-worker.ts',
  'actors/integrity/staging-thread.ts',
  'test/integrity/crash-driver.ts',
  'test/integrity/readers-driver.ts',
  'scripts/warden.ts',
];
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveTs(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const f of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (f.endsWith('.ts') && fs.existsSync(f)) return f;
  }
  return null; // .js, .json, generated code: not compiled by tsc from a .ts
}

/** Every .ts file reachable from the entries by relative imports. */
function closure(entries) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const dep = resolveTs(file, m[1]);
      if (dep && !seen.has(dep)) todo.push(dep);
    }
  }
  return seen;
}

function distOf(tsFile) {
  return path.join(ROOT, 'dist', path.relative(ROOT, tsFile).replace(/\.ts$/, '.js'));
}

module.exports = async function globalSetup() {
  const entries = ENTRIES.map((e) => path.join(ROOT, e));
  const build = 'run `npm run build` (npm test does it first), then run jest again';
  const missing = entries.map(distOf).filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(`compiled entries missing: ${missing.map((f) => path.relative(ROOT, f)).join(', ')}: ${build}`);
  }
  const oldestDist = Math.min(...entries.map((e) => fs.statSync(distOf(e)).mtimeMs));
  const newer = [...closure(entries)].filter((f) => fs.statSync(f).mtimeMs > oldestDist);
  if (newer.length > 0) {
    const shown = newer.slice(0, 5).map((f) => path.relative(ROOT, f)).join(', ');
    throw new Error(`dist/ is older than ${newer.length} source file(s) (${shown}${newer.length > 5 ? ', ...' : ''}): ${build}`);
  }
};
