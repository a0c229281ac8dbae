// Every reader of synced folders (and of local ruleset folders) skips what is not a regular file: a
// FIFO, a socket, a device, a symlink to /etc/passwd, a symlink to a folder outside. It returns at once
// (opening a FIFO would block its thread for good, so each reader runs in a child process that a
// deadline can kill) and names what it skipped. (Problems never quote content: test/analysis/problem-content.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { compiledEntry } from '../../lib/compiled-entry';
import { removeDir, tempDir, writeTree } from './helpers';

const DRIVER = compiledEntry(__filename, 'readers-driver');
/** Long enough for a slow, shared machine; a reader stuck on a FIFO never finishes at all. */
const HANG_DEADLINE_MS = 30_000;

const rule = (id: number, inner = '<match>x</match>') =>
  `<group name="local,">\n  <rule id="${id}" level="3">\n    ${inner}\n    <description>rule ${id}</description>\n  </rule>\n</group>\n`;

let root: string, data: string, outside: string, local: string;
const servers: net.Server[] = [];
let withDevice = false;

/** A FIFO, a socket, a symlink to /etc/passwd, a symlink to a folder outside and (as root) a device, named base+suffix. */
async function specials(dir: string, suffix: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('mkfifo', [path.join(dir, `fifo${suffix}`)]);
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path.join(dir, `sock${suffix}`), resolve));
  fs.symlinkSync('/etc/passwd', path.join(dir, `passwd${suffix}`));
  fs.symlinkSync(outside, path.join(dir, `outside${suffix}`));
  try {
    execFileSync('mknod', [path.join(dir, `null${suffix}`), 'c', '1', '3'], { stdio: 'ignore' });
    withDevice = true;
  } catch {
    withDevice = false; // no CAP_MKNOD here: the device case is left out, the rest still runs
  }
}

function drive(mode: string, ...args: string[]): unknown {
  const r = spawnSync(process.execPath, [DRIVER, mode, ...args], { encoding: 'utf8', timeout: HANG_DEADLINE_MS, killSignal: 'SIGKILL' });
  if (r.signal) throw new Error(`the ${mode} reader did not return within ${HANG_DEADLINE_MS} ms (killed: ${r.signal}); stderr: ${r.stderr}`);
  if (r.status !== 0) throw new Error(`the ${mode} reader failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

beforeAll(async () => {
  root = tempDir('warden-readers-');
  data = path.join(root, 'data');
  outside = path.join(root, 'outside');
  local = path.join(root, 'local');
  writeTree(outside, { 'evil.xml': rule(999999), 'evil-list': 'evil:1\n', 'agent.conf': 'OUTSIDE\n' });
  writeTree(data, {
    'etc/rules/0010-templates.xml': '<group name="syslog,">\n  <rule id="1" level="0" noalert="1">\n    <category>syslog</category>\n    <description>template</description>\n  </rule>\n</group>\n',
    'etc/rules/good.xml': rule(100001),
    'etc/decoders/good_decoder.xml': '<decoder name="good">\n  <prematch>good</prematch>\n</decoder>\n',
    'etc/lists/good-list': 'a:b\n',
    'etc/shared/grp/agent.conf': '<agent_config/>\n',
  });
  writeTree(local, { 'rules/ok.xml': rule(100002) });
  for (const d of ['etc/rules', 'etc/decoders']) await specials(path.join(data, d), '.xml');
  await specials(path.join(data, 'etc/lists'), '');
  await specials(path.join(data, 'etc/shared/grp'), '');
  await specials(path.join(local, 'rules'), '.xml');
  execFileSync('mkfifo', [path.join(data, 'etc/shared/ar.conf')]);
  fs.symlinkSync(outside, path.join(data, 'etc/shared/linked'));
});
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  removeDir(root);
});

const KINDS: [string, RegExp][] = [['fifo', /a FIFO/], ['sock', /a socket/], ['passwd', /a symlink/], ['outside', /a symlink/]];
const kinds = (): [string, RegExp][] => (withDevice ? [...KINDS, ['null', /a character device/]] : KINDS);

describe('the ruleset loader', () => {
  test('skips FIFOs, sockets, devices and symlinks in rules, decoders, lists and a local ruleset folder, naming each', () => {
    const r = drive('ruleset', path.join(data, 'etc'), local) as { rules: number[]; problems: string[] };
    expect(r.rules).toEqual(expect.arrayContaining([100001, 100002]));
    expect(r.rules).not.toContain(999999);
    for (const [folder, suffix] of [[path.join(data, 'etc/rules'), '.xml'], [path.join(data, 'etc/decoders'), '.xml'], [path.join(data, 'etc/lists'), ''], [path.join(local, 'rules'), '.xml']]) {
      for (const [name, kind] of kinds()) {
        const file = path.join(folder, `${name}${suffix}`);
        const p = r.problems.find((x) => x.includes(`${file}: skipped`));
        expect([file, p]).toEqual([file, expect.stringMatching(kind)]);
      }
    }
    for (const p of r.problems) expect(p).not.toMatch(/root:|evil|999999/);
  });
});

describe('the group-file reader (merged.mg)', () => {
  test('builds a group from its regular files only, skipping and logging the rest, and no ar.conf FIFO', () => {
    const r = drive('merged', path.join(data, 'etc/shared'), 'grp') as {
      merged: { included: string[]; skipped: { path: string; reason: string }[]; content: string }; logged: string[];
    };
    expect(r.merged.included).toEqual(['agent.conf']);
    for (const [name, kind] of kinds()) {
      expect(r.merged.skipped).toContainEqual({ path: name, reason: expect.stringMatching(kind) });
      expect(r.logged.some((l) => l.includes(name) && kind.test(l))).toBe(true);
    }
    expect(r.logged.some((l) => /ar\.conf.*a FIFO/.test(l))).toBe(true);
    expect(r.merged.content).not.toMatch(/root:|OUTSIDE/);
  });

  test('does not follow a group folder that is a symlink out of etc/shared', () => {
    const r = drive('merged', path.join(data, 'etc/shared'), 'linked') as { merged: unknown; logged: string[] };
    expect(r.merged).toBeNull();
    expect(r.logged.some((l) => /linked.*a symlink/.test(l))).toBe(true);
  });
});

describe('the integrity readers', () => {
  test("the master's pack source sends none of them, even when the table lists them", () => {
    const rels = kinds().map(([name]) => `etc/rules/${name}.xml`);
    const r = drive('pack', data, ...rels) as { bytes: number; failed: string[] };
    expect(r).toEqual({ bytes: 0, failed: rels });
  });

  test('the scanner lists none of them, and says why', () => {
    const r = drive('scan', data) as { table: string[]; skipped: { path: string; reason: string }[] };
    expect(r.table).toEqual(['etc/decoders/good_decoder.xml', 'etc/lists/good-list', 'etc/rules/0010-templates.xml', 'etc/rules/good.xml', 'etc/shared/grp/agent.conf']);
    for (const folder of ['etc/rules', 'etc/decoders', 'etc/lists', 'etc/shared/grp']) {
      const suffix = folder === 'etc/rules' || folder === 'etc/decoders' ? '.xml' : '';
      for (const [name] of kinds()) expect(r.skipped.map((s) => s.path)).toContain(`${folder}/${name}${suffix}`);
    }
    expect(r.skipped).toContainEqual({ path: 'etc/shared/linked', reason: 'symlink' });
  });
});
