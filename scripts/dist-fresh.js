#!/usr/bin/env node
// dist-fresh.js: is the compiled dist/ up to date with the sources? A compiled entry that is missing, or
// older than any .ts file it imports (followed through relative imports), or a generated protocol file
// not copied since it changed, makes it stale. Used by jest's global setup (tests run compiled threads
// and the CLI from dist/) and by `npm start`, which builds only when this says so:
//   node scripts/dist-fresh.js || npm run -s build
// exits 0 when fresh, 1 when stale (saying why on stderr). CommonJS with no dependency: it runs before
// anything is built.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
/** What `warden` runs from dist/: the CLI and the threads it starts. */
const RUNTIME_ENTRIES = [
  'actors/analysis/engine-thread.ts',
  'actors/integrity/hash-worker.ts',
  'actors/integrity/staging-thread.ts',
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

function distOf(root, tsFile) {
  return path.join(root, 'dist', path.relative(root, tsFile).replace(/\.ts$/, '.js'));
}

/** protocol/generated files whose copy in dist/ is missing or older (copy-generated.js copies them). */
function staleGenerated(root) {
  const src = path.join(root, 'protocol', 'generated');
  if (!fs.existsSync(src)) return [];
  return fs.readdirSync(src).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts')).filter((f) => {
    const copy = path.join(root, 'dist', 'protocol', 'generated', f);
    return !fs.existsSync(copy) || fs.statSync(copy).mtimeMs < fs.statSync(path.join(src, f)).mtimeMs;
  }).map((f) => path.join('protocol', 'generated', f));
}

/**
 * Why dist/ is stale for these entries (paths relative to `root`), or null when it is fresh:
 * { missing: compiled entries absent, newer: sources newer than the oldest compiled entry, generated: copies behind }.
 */
function staleness(entries = RUNTIME_ENTRIES, root = ROOT) {
  const abs = entries.map((e) => path.join(root, e));
  const missing = abs.map((e) => distOf(root, e)).filter((f) => !fs.existsSync(f)).map((f) => path.relative(root, f));
  if (missing.length > 0) return { missing, newer: [], generated: [] };
  const oldestDist = Math.min(...abs.map((e) => fs.statSync(distOf(root, e)).mtimeMs));
  const newer = [...closure(abs)].filter((f) => fs.statSync(f).mtimeMs > oldestDist).map((f) => path.relative(root, f));
  const generated = staleGenerated(root);
  return newer.length + generated.length > 0 ? { missing, newer, generated } : null;
}

/** One sentence for a stale dist/, naming the first files. */
function describeStaleness(s) {
  const some = (list) => list.slice(0, 5).join(', ') + (list.length > 5 ? ', ...' : '');
  if (s.missing.length > 0) return `compiled entries missing: ${some(s.missing)}`;
  const parts = [];
  if (s.newer.length > 0) parts.push(`dist/ is older than ${s.newer.length} source file(s) (${some(s.newer)})`);
  if (s.generated.length > 0) parts.push(`generated protocol code not copied to dist/ since it changed (${some(s.generated)})`);
  return parts.join('; ');
}

module.exports = { RUNTIME_ENTRIES, staleness, describeStaleness };

if (require.main === module) {
  const s = staleness();
  if (s) {
    process.stderr.write(`${describeStaleness(s)}: building first.\n`);
    process.exit(1);
  }
}
