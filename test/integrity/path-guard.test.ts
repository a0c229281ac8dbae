import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntegrityError } from '../../actors/integrity/errors';
import { checkRelPath, PathGuard } from '../../actors/integrity/path-guard';
import { isExcludedName, isRulesetPath, syncedDirOf } from '../../config/synced-dirs';
import { removeDir, tempDir, writeTree } from './helpers';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (err) {
    if (err instanceof IntegrityError) return err.code;
    throw err;
  }
}

describe('checkRelPath (pure)', () => {
  test.each<[string, unknown, string | undefined]>([
    ['a plain file', 'etc/shared/default/agent.conf', undefined],
    ['rules', 'etc/rules/local_rules.xml', undefined],
    ['decoders, deep', 'etc/decoders/a/b/c.xml', undefined],
    ['lists', 'etc/lists/audit-keys', undefined],
    ['installed rules', 'ruleset/rules/0095-sshd_rules.xml', undefined],
    ['installed decoders', 'ruleset/decoders/0310-ssh_decoders.xml', undefined],
    ['installed lists, deep', 'ruleset/lists/amazon/aws-sources', undefined],
    ['the installed ruleset folder itself', 'ruleset/rules', 'path_outside'],
    ['beside the installed parts', 'ruleset/README.md', 'path_outside'],
    ['an installed part not synced', 'ruleset/sca/cis.yml', 'path_outside'],
    ['installed, escaping', 'ruleset/rules/../../etc/passwd', 'path_invalid'],
    ['spaces', 'etc/shared/my group/agent conf.txt', undefined],
    ['non-ASCII', 'etc/shared/grüppe/règles-日本.xml', undefined],
    ['emoji (surrogate pair)', 'etc/lists/😀.cdb', undefined],
    ['dot-dot escape', 'etc/shared/../../etc/passwd', 'path_invalid'],
    ['dot-dot at the end', 'etc/shared/..', 'path_invalid'],
    ['dot segment', 'etc/shared/./a', 'path_invalid'],
    ['absolute', '/etc/passwd', 'path_invalid'],
    ['absolute into a synced folder', '/etc/shared/a', 'path_invalid'],
    ['drive letter', 'C:/etc/shared/a', 'path_invalid'],
    ['backslash traversal', 'etc/shared/..\\..\\x', 'path_invalid'],
    ['backslash alone', 'etc\\shared\\a', 'path_invalid'],
    ['NUL', 'etc/shared/a\0.txt', 'path_invalid'],
    ['newline', 'etc/shared/a\nb', 'path_invalid'],
    ['empty segment', 'etc/shared//a', 'path_invalid'],
    ['trailing slash', 'etc/shared/a/', 'path_invalid'],
    ['lone surrogate', 'etc/shared/\uD800x', 'path_invalid'],
    ['too long a name', `etc/shared/${'n'.repeat(256)}`, 'path_invalid'],
    ['empty', '', 'path_invalid'],
    ['not a string', 42, 'path_invalid'],
    ['the synced folder itself', 'etc/shared', 'path_outside'],
    ['outside every synced folder', 'etc/ossec-other.conf', 'path_outside'],
    ['a sibling with a shared prefix', 'etc/sharedX/a', 'path_outside'],
    ['the cluster queue', 'queue/cluster/x', 'path_outside'],
    ['logs', 'logs/alerts/alerts.json', 'path_outside'],
    ['merged.mg', 'etc/shared/default/merged.mg', 'path_excluded'],
    ['a node config name', 'etc/shared/warden.yaml', 'path_excluded'],
    ['ossec.conf', 'etc/shared/ossec.conf', 'path_excluded'],
    ['swap file', 'etc/rules/.local_rules.xml.swp', 'path_excluded'],
    ['backup file', 'etc/rules/local_rules.xml~', 'path_excluded'],
    ['tmp file', 'etc/lists/a.tmp', 'path_excluded'],
    ['lock file', 'etc/lists/a.lock', 'path_excluded'],
    ['excluded folder name', 'etc/shared/x.tmp/a', 'path_excluded'],
  ])('%s', (_name, rel, code) => {
    expect(codeOf(() => checkRelPath(rel))).toBe(code);
  });

  test('messages name the path', () => {
    expect(() => checkRelPath('etc/shared/../../x')).toThrow(/etc\/shared\/\.\.\/\.\.\/x/);
  });

  test('the synced-folder table', () => {
    expect(syncedDirOf('etc/shared/a/b')?.removeEmptyDirs).toBe(true);
    expect(syncedDirOf('etc/rules/a')?.removeEmptyDirs).toBe(false);
    expect(syncedDirOf('etc/client.keys')).toBeUndefined();
    expect(syncedDirOf('etc/x/a', [{ dir: 'etc/x', recursive: false, removeEmptyDirs: false }])).toBeDefined();
    expect(syncedDirOf('etc/x/a/b', [{ dir: 'etc/x', recursive: false, removeEmptyDirs: false }])).toBeUndefined();
    expect(isExcludedName('rules.xml')).toBe(false);
    expect(isExcludedName('merged.mg')).toBe(true);
  });

  test.each<[string, boolean]>([
    ['etc/rules/local_rules.xml', true],
    ['etc/decoders/a/b.xml', true],
    ['etc/lists/blocked', true],
    ['ruleset/rules/0095-sshd_rules.xml', true],
    ['ruleset/decoders/0310-ssh_decoders.xml', true],
    ['ruleset/lists/amazon/aws-sources', true],
    ['etc/shared/default/agent.conf', false],
    ['ruleset/rulesX/a.xml', false],
    ['etc/rules', false],
  ])('isRulesetPath(%s) is %s', (rel, want) => {
    expect(isRulesetPath(rel)).toBe(want);
  });
});

describe('PathGuard (file system)', () => {
  let dataDir: string, outside: string;
  beforeEach(() => {
    dataDir = tempDir();
    outside = tempDir();
    writeTree(dataDir, { 'etc/shared/default/agent.conf': 'x' });
  });
  afterEach(() => {
    removeDir(dataDir);
    removeDir(outside);
  });

  test('accepts a path below real folders and returns its absolute path', () => {
    const g = new PathGuard({ dataDir }).check('etc/shared/default/agent.conf');
    expect(g.abs).toBe(path.join(dataDir, 'etc/shared/default/agent.conf'));
    expect(g.dir.dir).toBe('etc/shared');
  });

  test('refuses a path through a symlinked folder inside the synced tree', () => {
    fs.symlinkSync(outside, path.join(dataDir, 'etc/shared/evil'));
    expect(codeOf(() => new PathGuard({ dataDir }).check('etc/shared/evil/agent.conf'))).toBe('path_symlink');
    expect(codeOf(() => new PathGuard({ dataDir }).check('etc/shared/evil/deep/x'))).toBe('path_symlink');
  });

  test('every file through a symlinked folder is refused, not only the first of its folder', () => {
    fs.symlinkSync(outside, path.join(dataDir, 'etc/shared/evil'));
    const guard = new PathGuard({ dataDir });
    expect(codeOf(() => guard.check('etc/shared/evil/a.conf'))).toBe('path_symlink');
    expect(codeOf(() => guard.check('etc/shared/evil/b.conf'))).toBe('path_symlink');
  });

  test('a folder remembered as walked is walked again once forgotten (replaced by a symlink)', () => {
    const guard = new PathGuard({ dataDir });
    expect(codeOf(() => guard.check('etc/shared/default/a.conf'))).toBeUndefined();
    const folder = path.join(dataDir, 'etc/shared/default');
    fs.rmSync(folder, { recursive: true });
    fs.symlinkSync(outside, folder);
    guard.forget(folder);
    expect(codeOf(() => guard.check('etc/shared/default/b.conf'))).toBe('path_symlink');
  });

  test('a folder absent when first seen stays absent for the guard until forgotten', () => {
    const guard = new PathGuard({ dataDir });
    expect(codeOf(() => guard.check('etc/shared/new/deep/a.conf'))).toBeUndefined();
    fs.mkdirSync(path.join(dataDir, 'etc/shared/new'));
    fs.symlinkSync(outside, path.join(dataDir, 'etc/shared/new/deep'));
    // Apply creates the folders it staged and forgets them: until then the guard trusts what it saw.
    expect(codeOf(() => guard.check('etc/shared/new/deep/b.conf'))).toBeUndefined();
    guard.forget(path.join(dataDir, 'etc/shared/new'));
    expect(codeOf(() => guard.check('etc/shared/new/deep/b.conf'))).toBe('path_symlink');
  });

  test('a symlink as the last component is allowed (it is replaced, never followed)', () => {
    fs.symlinkSync(path.join(outside, 'target'), path.join(dataDir, 'etc/shared/link'));
    expect(codeOf(() => new PathGuard({ dataDir }).check('etc/shared/link'))).toBeUndefined();
  });

  test("refuses the node's own config, even reached through a symlinked synced root", () => {
    const cfg = path.join(outside, 'node.yaml');
    fs.writeFileSync(cfg, 'cluster: {}');
    fs.rmSync(path.join(dataDir, 'etc/rules'), { recursive: true, force: true });
    fs.symlinkSync(outside, path.join(dataDir, 'etc/rules'));
    const guard = new PathGuard({ dataDir, ownConfigPath: cfg });
    expect(codeOf(() => guard.check('etc/rules/node.yaml'))).toBe('own_config');
    expect(codeOf(() => guard.check('etc/rules/other.xml'))).toBeUndefined();
  });
});
