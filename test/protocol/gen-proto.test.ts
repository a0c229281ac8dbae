// The generated code is committed; CI runs `npm run proto:check` to catch a .proto edited without regenerating.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/gen-proto.js');
const GENERATED = path.join(ROOT, 'protocol/generated');

function genProto(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('scripts/gen-proto.js', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-gen-test-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('--check passes on the committed files (generation is deterministic)', () => {
    const r = genProto('--check');
    expect(r.out).toContain('protocol/generated is up to date');
    expect(r.status).toBe(0);
  });

  test('--check fails with a clear message when the generated files are stale', () => {
    for (const f of ['cluster.js', 'cluster.d.ts']) fs.copyFileSync(path.join(GENERATED, f), path.join(tmp, f));
    fs.appendFileSync(path.join(tmp, 'cluster.js'), '\n// edited by hand\n');
    const r = genProto('--check', '--out', tmp);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/is stale: run npm run proto \(differs: cluster\.js\)/);
  });

  test('the generated module decodes 64-bit fields as numbers', () => {
    const { warden } = require(path.join(GENERATED, 'cluster.js'));
    const bytes = warden.cluster.KeepAlive.encode({ sentAtMs: 2 ** 50 + 1 }).finish();
    expect(warden.cluster.KeepAlive.decode(bytes).sentAtMs).toBe(2 ** 50 + 1);
  });
});
