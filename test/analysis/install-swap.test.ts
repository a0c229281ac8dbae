// `warden ruleset install`, on the disk: the staged copy, the swap, and what an install cut at each
// point leaves: the old ruleset whole, put back by recoverInterruptedInstall, leftovers tidied, and
// never what a running install holds.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { acquireInstallLock, InstallBusyError, recoverInterruptedInstall, stageRuleset, stagingDirOf, swapInRuleset } from '../../analysis/install/swap';
import { listRulesetFolder } from '../../analysis/install/walk';
import { planLayout } from '../../analysis/install/layout';

let root: string, dataDir: string, source: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-install-'));
  dataDir = path.join(root, 'data');
  source = path.join(root, 'src');
  write(source, { 'rules/a.xml': 'new a', 'decoders/d.xml': 'new d', 'lists/x/l': 'k:v\n', 'README.md': 'readme' });
  write(path.join(dataDir, 'ruleset'), { 'rules/a.xml': 'old a', 'rules/gone.xml': 'old gone', 'decoders/d.xml': 'old d' });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(base: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), text);
  }
}

function tree(base: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(base, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else out[r] = fs.readFileSync(path.join(base, r), 'utf8');
    }
  };
  walk('');
  return out;
}

const OLD = { 'rules/a.xml': 'old a', 'rules/gone.xml': 'old gone', 'decoders/d.xml': 'old d' };
const NEW = { 'rules/a.xml': 'new a', 'decoders/d.xml': 'new d', 'lists/x/l': 'k:v\n' };
const DEAD = 999_999_999; // no such process
const aliveOnly = (...pids: number[]) => (pid: number) => pids.includes(pid);

function staged(): string {
  const l = listRulesetFolder(source);
  const staging = stagingDirOf(dataDir);
  stageRuleset(source, planLayout(l.top, l.inside).files, staging);
  return staging;
}

test('the layout\'s files are staged (0640 in 0750 folders), then swapped in whole: the old files are gone with the old folder', () => {
  const copied: [number, number][] = [];
  const l = listRulesetFolder(source);
  const staging = stagingDirOf(dataDir);
  stageRuleset(source, planLayout(l.top, l.inside).files, staging, (files, bytes) => copied.push([files, bytes]));
  expect(tree(staging)).toEqual(NEW);
  expect(copied).toEqual([[1, 5], [2, 9], [3, 14]]);
  expect(fs.statSync(path.join(staging, 'lists/x/l')).mode & 0o777).toBe(0o640);
  expect(fs.statSync(path.join(staging, 'lists/x')).mode & 0o777).toBe(0o750);
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(OLD);
  expect(swapInRuleset(dataDir, staging)).toEqual({ replaced: true });
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(NEW);
  expect(fs.readdirSync(dataDir)).toEqual(['ruleset']);
});

test('the first install replaces nothing', () => {
  fs.rmSync(path.join(dataDir, 'ruleset'), { recursive: true });
  expect(swapInRuleset(dataDir, staged())).toEqual({ replaced: false });
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(NEW);
});

test('staging never follows a symlink put in place of a listed file', () => {
  const l = listRulesetFolder(source);
  fs.rmSync(path.join(source, 'rules/a.xml'));
  fs.symlinkSync('/etc/passwd', path.join(source, 'rules/a.xml'));
  expect(() => stageRuleset(source, planLayout(l.top, l.inside).files, stagingDirOf(dataDir))).toThrow(/a symlink, not a regular file/);
});

test('cut while staging: the old ruleset is untouched; the staging left is removed by the next recovery', () => {
  const staging = staged();
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(OLD);
  const dead = path.join(dataDir, `ruleset.staging-${DEAD}`);
  fs.renameSync(staging, dead);
  expect(recoverInterruptedInstall(dataDir, aliveOnly())).toEqual([`removed ruleset.staging-${DEAD}, left by an install that did not finish`]);
  expect(fs.readdirSync(dataDir)).toEqual(['ruleset']);
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(OLD);
});

test('cut between the two renames: the old ruleset, whole under ruleset.old-<pid>, is put back', () => {
  staged();
  fs.renameSync(path.join(dataDir, 'ruleset'), path.join(dataDir, `ruleset.old-${DEAD}`)); // the first rename, then the cut
  expect(fs.existsSync(path.join(dataDir, 'ruleset'))).toBe(false);
  const notes = recoverInterruptedInstall(dataDir, aliveOnly());
  expect(notes).toEqual([
    `put the previous ruleset back from ruleset.old-${DEAD} (an install was cut between its two renames)`,
    `removed ruleset.staging-${process.pid}, left by an install that did not finish`,
  ]);
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(OLD);
  expect(fs.readdirSync(dataDir)).toEqual(['ruleset']);
});

test('cut after the swap, before the old one was removed: the new ruleset stays, the old copy goes', () => {
  const staging = staged();
  fs.renameSync(path.join(dataDir, 'ruleset'), path.join(dataDir, `ruleset.old-${DEAD}`));
  fs.renameSync(staging, path.join(dataDir, 'ruleset'));
  expect(recoverInterruptedInstall(dataDir, aliveOnly())).toEqual([`removed ruleset.old-${DEAD}, left by an install that did not finish`]);
  expect(tree(path.join(dataDir, 'ruleset'))).toEqual(NEW);
});

test('what a running install holds is left alone', () => {
  staged();
  fs.renameSync(path.join(dataDir, 'ruleset'), path.join(dataDir, `ruleset.old-${process.pid}`));
  expect(recoverInterruptedInstall(dataDir, aliveOnly(process.pid))).toEqual([]);
  expect(fs.readdirSync(dataDir).sort()).toEqual([`ruleset.old-${process.pid}`, `ruleset.staging-${process.pid}`]);
  expect(recoverInterruptedInstall(path.join(root, 'no-such-data-dir'))).toEqual([]);
});

test('one install at a time: a second is refused while the first holds the lock; a lock left by a dead process is taken over', () => {
  const release = acquireInstallLock(dataDir, aliveOnly(process.pid));
  expect(() => acquireInstallLock(dataDir, aliveOnly(process.pid))).toThrow(InstallBusyError);
  expect(() => acquireInstallLock(dataDir, aliveOnly(process.pid))).toThrow(new RegExp(`another ruleset install \\(process ${process.pid}\\) is running`));
  release();
  fs.writeFileSync(path.join(dataDir, 'ruleset.install.lock'), `${DEAD}\n`);
  const again = acquireInstallLock(dataDir, aliveOnly(process.pid));
  expect(fs.readFileSync(path.join(dataDir, 'ruleset.install.lock'), 'utf8')).toBe(`${process.pid}\n`);
  again();
  expect(fs.existsSync(path.join(dataDir, 'ruleset.install.lock'))).toBe(false);
});
