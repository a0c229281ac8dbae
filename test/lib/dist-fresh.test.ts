// dist-fresh.js, which jest's global setup and `npm start` share: dist/ is stale when a compiled entry is
// missing, when a source it imports (through relative imports) is newer, or when generated protocol
// code was not copied since it changed; fresh otherwise, and then `npm start` does not build again.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';

interface Staleness { missing: string[]; newer: string[]; generated: string[] }
interface DistFresh {
  RUNTIME_ENTRIES: string[];
  staleness(entries?: string[], root?: string): Staleness | null;
  describeStaleness(s: Staleness): string;
}
const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'dist-fresh.js');
const { staleness, describeStaleness, RUNTIME_ENTRIES } = jest.requireActual<DistFresh>(SCRIPT);

let root: string;
const T0 = new Date('2026-01-01T00:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
function file(rel: string, text: string, mtimeSec: number): void {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  fs.utimesSync(abs, at(mtimeSec), at(mtimeSec));
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-dist-fresh-'));
  file('cli/main.ts', "import { helper } from '../lib/helper';\nimport * as fs from 'fs';\n", 0);
  file('lib/helper.ts', "export const helper = require('./deep');\n", 0);
  file('lib/deep.ts', 'export {};\n', 0);
  file('lib/unrelated.ts', 'export {};\n', 0);
  file('protocol/generated/wire.js', 'x', 0);
  file('dist/cli/main.js', 'compiled', 10);
  file('dist/protocol/generated/wire.js', 'x', 10);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test.each<[string, () => void, Staleness | null]>([
  ['fresh: every source older than its build', () => undefined, null],
  ['a file nothing imports changed: still fresh', () => file('lib/unrelated.ts', 'changed', 20), null],
  ['a source imported through require() changed', () => file('lib/deep.ts', 'changed', 20), { missing: [], newer: ['lib/deep.ts'], generated: [] }],
  ['the entry itself changed', () => file('cli/main.ts', "import { helper } from '../lib/helper';\n", 20), { missing: [], newer: ['cli/main.ts'], generated: [] }],
  ['the compiled entry is missing', () => fs.rmSync(path.join(root, 'dist/cli/main.js')), { missing: [path.join('dist', 'cli', 'main.js')], newer: [], generated: [] }],
  ['generated code changed after it was copied', () => file('protocol/generated/wire.js', 'y', 20), { missing: [], newer: [], generated: [path.join('protocol', 'generated', 'wire.js')] }],
  ['generated code never copied', () => fs.rmSync(path.join(root, 'dist/protocol/generated/wire.js')), { missing: [], newer: [], generated: [path.join('protocol', 'generated', 'wire.js')] }],
])('%s', (_name, change, want) => {
  change();
  expect(staleness(['cli/main.ts'], root)).toEqual(want);
});

test('the reason names the files', () => {
  expect(describeStaleness({ missing: [], newer: ['a.ts', 'b.ts'], generated: [] })).toBe('dist/ is older than 2 source file(s) (a.ts, b.ts)');
  expect(describeStaleness({ missing: ['dist/x.js'], newer: [], generated: [] })).toBe('compiled entries missing: dist/x.js');
  expect(describeStaleness({ missing: [], newer: Array.from({ length: 7 }, (_, i) => `${i}.ts`), generated: ['protocol/generated/w.js'] }))
    .toBe('dist/ is older than 7 source file(s) (0.ts, 1.ts, 2.ts, 3.ts, 4.ts, ...); generated protocol code not copied to dist/ since it changed (protocol/generated/w.js)');
});

test('this checkout, as jest runs it (global setup has just built or checked it): fresh, and the script exits 0 so npm start does not build', () => {
  expect(RUNTIME_ENTRIES).toContain('scripts/warden.ts');
  expect(staleness()).toBeNull();
  expect(execFileSync(process.execPath, [SCRIPT], { encoding: 'utf8' })).toBe('');
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.start).toBe('node scripts/dist-fresh.js || npm run -s build && node dist/scripts/warden.js demo');
});
