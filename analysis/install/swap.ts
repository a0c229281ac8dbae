// swap.ts: puts a checked ruleset in place so that an install cut at any point leaves the old ruleset
// whole. The files are copied into <data_dir>/ruleset.staging-<pid> (each fsync'ed, then every folder),
// and two renames swap it with <data_dir>/ruleset, the old one kept as ruleset.old-<pid> until the new
// one is in place and data_dir is fsync'ed. A cut between the two renames leaves the old ruleset whole
// under ruleset.old-<pid>: recoverInterruptedInstall puts it back (the next install and the node's
// start call it). A lock file keeps two installs from crossing.
import * as fs from 'fs';
import * as path from 'path';
import { readRegularFileSync } from '../../lib/regular-file';
import { INSTALLED_RULESET } from '../builtin-ruleset';
import type { LayoutFile } from './layout';

const STAGING_PREFIX = `${INSTALLED_RULESET}.staging-`;
const OLD_PREFIX = `${INSTALLED_RULESET}.old-`;
const LOCK_FILE = `${INSTALLED_RULESET}.install.lock`;

export class InstallBusyError extends Error {
  override readonly name = 'InstallBusyError';
}

/** True while a process of this id runs (EPERM: it runs as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the install lock of a data_dir; the function returned releases it. A lock left by a dead process is taken over. */
export function acquireInstallLock(dataDir: string, alive: (pid: number) => boolean = pidAlive): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o640 });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new InstallBusyError(`another ruleset install (process ${holder}) is running on ${dataDir}; wait for it, or remove ${file} if that process is not an install`);
      }
      fs.rmSync(file, { force: true });
    }
  }
}

export function stagingDirOf(dataDir: string, pid = process.pid): string {
  return path.join(dataDir, `${STAGING_PREFIX}${pid}`);
}

/**
 * Copies `files` (relative to `source`) into `staging`, which must not exist: regular files only, never
 * through a symlink, mode 0640 in 0750 folders; every file and folder fsync'ed. Calls `copied` after each.
 */
export function stageRuleset(source: string, files: readonly LayoutFile[], staging: string, copied?: (files: number, bytes: number) => void): void {
  fs.mkdirSync(staging, { mode: 0o750 });
  const folders = new Set<string>([staging]);
  let bytes = 0;
  files.forEach((f, i) => {
    const segs = f.rel.split('/');
    const dest = path.join(staging, ...segs);
    const dir = path.dirname(dest);
    if (!folders.has(dir)) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
      for (let d = dir; d !== staging && !folders.has(d); d = path.dirname(d)) folders.add(d);
    }
    const data = readRegularFileSync(path.join(source, ...segs));
    const fd = fs.openSync(dest, 'wx', 0o640);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    bytes += data.length;
    copied?.(i + 1, bytes);
  });
  // Deepest first, so each folder's entries are durable before its parent's.
  for (const d of [...folders].sort((a, b) => b.length - a.length)) fsyncDir(d);
}

/** Swaps `staging` in as <data_dir>/ruleset. Returns whether a ruleset was replaced. */
export function swapInRuleset(dataDir: string, staging: string): { replaced: boolean } {
  const live = path.join(dataDir, INSTALLED_RULESET);
  const old = path.join(dataDir, `${OLD_PREFIX}${process.pid}`);
  const replaced = fs.existsSync(live);
  if (replaced) fs.renameSync(live, old);
  try {
    fs.renameSync(staging, live);
  } catch (err) {
    if (replaced) fs.renameSync(old, live);
    throw err;
  }
  fsyncDir(dataDir);
  if (replaced) fs.rmSync(old, { recursive: true, force: true });
  return { replaced };
}

/**
 * Tidies what an install cut short left in `dataDir` (never what a running install holds): the old
 * ruleset put back if the new one never took its place, staging folders and finished old ones removed.
 * Returns one line per thing done.
 */
export function recoverInterruptedInstall(dataDir: string, alive: (pid: number) => boolean = pidAlive): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const left = (prefix: string): { name: string; pid: number }[] => names
    .filter((n) => n.startsWith(prefix))
    .map((name) => ({ name, pid: Number(name.slice(prefix.length)) }))
    .filter((e) => Number.isInteger(e.pid) && e.pid > 0 && !alive(e.pid));
  const notes: string[] = [];
  const live = path.join(dataDir, INSTALLED_RULESET);
  const olds = left(OLD_PREFIX).sort((a, b) => mtimeOf(path.join(dataDir, b.name)) - mtimeOf(path.join(dataDir, a.name)));
  if (olds.length > 0 && !fs.existsSync(live)) {
    const back = olds.shift()!;
    fs.renameSync(path.join(dataDir, back.name), live);
    fsyncDir(dataDir);
    notes.push(`put the previous ruleset back from ${back.name} (an install was cut between its two renames)`);
  }
  for (const e of [...olds, ...left(STAGING_PREFIX)]) {
    fs.rmSync(path.join(dataDir, e.name), { recursive: true, force: true });
    notes.push(`removed ${e.name}, left by an install that did not finish`);
  }
  return notes;
}

function mtimeOf(p: string): number {
  return fs.statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
