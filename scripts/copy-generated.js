#!/usr/bin/env node
// Copies protocol/generated/*.js and *.d.ts into dist/protocol/generated/: tsc (allowJs off) does not emit them.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'protocol', 'generated');
const DEST = path.join(ROOT, 'dist', 'protocol', 'generated');

const files = fs.readdirSync(SRC).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'));
if (files.length === 0) {
  console.error('copy-generated: protocol/generated holds no .js or .d.ts: run npm run proto');
  process.exit(1);
}
fs.mkdirSync(DEST, { recursive: true });
for (const f of files) fs.copyFileSync(path.join(SRC, f), path.join(DEST, f));
