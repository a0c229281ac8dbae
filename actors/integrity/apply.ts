// apply.ts: puts staged files in place and deletes extra ones, crash-safely.
//
// Order: every path is checked (path-guard) -> the staged files are made durable (one syncfs) -> the
// journal is committed -> extra files are deleted -> folders standing where the master has a file are
// removed -> each folder of the staged tree that this node lacks moves into place whole (a cold sync:
// one rename a folder) -> the other staged files are renamed into place one by one
// (mode and mtime were set when staged, so a rename is the whole change of a file) -> folders emptied
// under a synced folder with removeEmptyDirs are removed -> touched folders are fsync'ed -> the journal
// is cleared. Every step is idempotent, so recoverIntegrity() redoes them all after a crash: each file is
// then wholly old or wholly new, and the tree converges to the master's side once the journal exists
// (roll forward), or stays the old tree when the crash came before it (roll back).
// A file this node cannot change (unwritable.ts: a path too long here, an immutable folder) is skipped and
// reported, and stays as it was; the rest applies and the journal is cleared all the same. A journal that
// cannot be replayed at all is set aside beside the staging folder: the next sync brings the files in line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntegrityError } from './errors';
import { fsyncDir, isMissing, lstatOrUndefined, errCode } from './fs-util';
import { hashFileInThread, isHashFailure } from './hash-pool';
import type { PathConflict } from './integrity-plan';
import { clearJournal, commitJournal, JOURNAL_VERSION, readJournal, type JournalRecord } from './journal';
import { PathGuard, type GuardOptions } from './path-guard';
import { JOURNAL_FILE, stagingDirOf, isTreeStaged, STAGED_TREE, type Staging, type StagedEntry } from './staging';
import { unwritableReason, type UnwritableFile } from './unwritable';

export interface ApplyHooks {
  /** Runs after each step, numbered from 1 (a test kills the process here to simulate a crash). */
  afterStep?: (step: number, what: string) => void | Promise<void>;
}

interface ApplyOptions {
  /** The worker's extra files (plan.extra). */
  deletes: readonly string[];
  /** plan.conflicts: folders to clear where the master has a file. */
  conflicts?: readonly PathConflict[];
  hooks?: ApplyHooks;
}

export interface ApplyReport {
  written: number;
  deleted: number;
  foldersRemoved: number;
  /** Staged files whose bytes no longer matched at recovery (left old; the next sync fetches them). */
  unverified: string[];
  /** Writes, deletes and folders to clear that this node refused (left as they were; the next sync tries again). */
  unwritable: UnwritableFile[];
}

/** Applies everything staged plus the deletes. Refuses the whole set if any path is refused. */
export async function applyStaged(staging: Staging, opts: ApplyOptions): Promise<ApplyReport> {
  const guard = staging.guard;
  for (const rel of opts.deletes) guard.check(rel);
  for (const c of opts.conflicts ?? []) guard.check(c.path);
  const rec: JournalRecord = {
    version: JOURNAL_VERSION,
    writes: staging.entries,
    deletes: [...opts.deletes],
    conflicts: [...(opts.conflicts ?? [])],
  };
  let n = 0;
  const step = async (what: string): Promise<void> => {
    await opts.hooks?.afterStep?.(++n, what);
  };
  await staging.flush();
  await commitJournal(staging.dir, rec);
  await step('commit');
  const report = await execute(rec, staging.dir, guard, step, false);
  await clearJournal(staging.dir);
  await step('clear');
  return report;
}

type RecoveryOutcome = 'clean' | 'rolled_back' | 'rolled_forward' | 'set_aside';

interface RecoveryReport extends ApplyReport {
  outcome: RecoveryOutcome;
  /** With set_aside: where the journal was moved and why it could not be replayed. */
  setAside?: { file: string; reason: string };
}

interface RecoveryOptions extends GuardOptions {
  /** When recovery runs (the node's clock), for the name of a journal set aside; default: now. */
  now?: number;
}

/**
 * Run at start, before any sync: finishes a committed apply (re-verifying each staged file's MD5) or
 * discards an uncommitted one. A journal that cannot be trusted (journal_corrupt) or replayed is set
 * aside, never a reason to stay down: each file is wholly old or wholly new either way.
 */
export async function recoverIntegrity(opts: RecoveryOptions): Promise<RecoveryReport> {
  const guard = new PathGuard(opts);
  const dir = stagingDirOf(guard.dataDir);
  const empty = { written: 0, deleted: 0, foldersRemoved: 0, unverified: [], unwritable: [] };
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch (err) {
    if (isMissing(err)) return { outcome: 'clean', ...empty };
    throw err;
  }
  let report: RecoveryReport = { outcome: names.length > 0 ? 'rolled_back' : 'clean', ...empty };
  try {
    const rec = await readJournal(dir);
    if (rec) report = { outcome: 'rolled_forward', ...(await execute(rec, dir, guard, async () => {}, true)) };
  } catch (err) {
    const file = await setJournalAside(dir, opts.now ?? Date.now());
    report = { outcome: 'set_aside', ...empty, setAside: { file, reason: (err as Error).message.slice(0, 500) } };
  }
  await clearJournal(dir);
  const left = await fs.promises.readdir(dir);
  await Promise.all(left.map((name) => fs.promises.rm(path.join(dir, name), { recursive: true, force: true })));
  return report;
}

/** One line for the cluster log about what recovery did. */
export function describeRecovery(r: RecoveryReport): string {
  switch (r.outcome) {
    case 'clean': return 'No interrupted apply to recover.';
    case 'rolled_back': return 'Recovered an interrupted apply (rolled back: it had not committed).';
    case 'rolled_forward': return `Recovered an interrupted apply (rolled forward): ${r.written} written, ${r.deleted} deleted, ` +
      `${r.unverified.length} unverified${r.unwritable.length ? `, ${r.unwritable.length} not writable here` : ''}.`;
    case 'set_aside': return `Set aside an integrity journal that could not be replayed (${r.setAside!.reason}): kept as ` +
      `${r.setAside!.file}. Each file is wholly old or wholly new; the next sync brings them in line.`;
  }
}

// Beside the staging folder (whose content is cleared on every open), under a name that says when.
async function setJournalAside(stagingDir: string, now: number): Promise<string> {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const base = path.join(path.dirname(stagingDir), `integrity-${JOURNAL_FILE}.failed-${stamp}`);
  let target = base;
  for (let n = 1; await lstatOrUndefined(target); n++) target = `${base}-${n}`;
  await fs.promises.rename(path.join(stagingDir, JOURNAL_FILE), target);
  return target;
}

type Step = (what: string) => Promise<void>;

/** Folders whose renames run at once: enough to keep the thread pool busy. */
const RENAME_LANES = 4;

function groupByFolder(writes: readonly StagedEntry[]): Map<string, StagedEntry[]> {
  const by = new Map<string, StagedEntry[]>();
  for (const w of writes) {
    const folder = w.rel.slice(0, w.rel.lastIndexOf('/'));
    const list = by.get(folder);
    if (list) list.push(w);
    else by.set(folder, [w]);
  }
  return by;
}

async function execute(rec: JournalRecord, stagingDir: string, guard: PathGuard, step: Step, verify: boolean): Promise<ApplyReport> {
  const report: ApplyReport = { written: 0, deleted: 0, foldersRemoved: 0, unverified: [], unwritable: [] };
  const touched = new Set<string>([stagingDir]);
  const emptied = new Map<string, string>(); // folder -> the synced root it must not climb past
  // One file's failure skips that file (it stays as it was); a failure of the node goes up (unwritable.ts).
  const skipped = new Set<string>(); // a folder that cannot be cleared fails its file's write too: named once
  const skip = (rel: string, err: unknown): void => {
    const reason = unwritableReason(err);
    if (reason === undefined) throw err;
    if (!skipped.has(rel)) report.unwritable.push({ path: rel, reason });
    skipped.add(rel);
  };

  for (const rel of rec.deletes) {
    try {
      const g = guard.check(rel);
      const st = await lstatOrUndefined(g.abs);
      // A folder here is the master's, created by a write after a type change: not ours to delete.
      if (st && !st.isDirectory()) {
        await fs.promises.unlink(g.abs);
        report.deleted++;
        touched.add(path.dirname(g.abs));
      }
      // Also when the file was gone already: a rerun after a crash must still prune its folder.
      if (g.dir.removeEmptyDirs) emptied.set(path.dirname(g.abs), guard.rootOf(g.dir));
    } catch (err) {
      skip(rel, err);
    }
    await step(`delete ${rel}`);
  }

  for (const c of rec.conflicts) {
    if (c.workerHas !== 'folder') continue; // a file in the way is in deletes already
    try {
      const g = guard.check(c.path);
      if ((await lstatOrUndefined(g.abs))?.isDirectory()) await removeFolder(g.abs, guard, touched);
    } catch (err) {
      skip(c.path, err);
    }
    await step(`clear ${c.path}`);
  }

  // A recovery renames file by file: each staged file is verified first.
  const moved = verify ? new Set<StagedEntry>() : await moveMissingFolders(rec.writes, stagingDir, guard, touched, step);
  report.written += moved.size;

  // One lane per folder at a time: a folder is made once, and renames in different folders overlap.
  const lanes = [...groupByFolder(rec.writes.filter((w) => !moved.has(w))).values()];
  const lane = async (): Promise<void> => {
    for (let ws = lanes.pop(); ws !== undefined; ws = lanes.pop()) await writeFolder(ws);
  };
  const writeFolder = async (ws: readonly StagedEntry[]): Promise<void> => {
    let made = false;
    for (const w of ws) {
      const src = path.join(stagingDir, w.staged);
      // In a first run every staged file is there; after a crash, a missing one was renamed already.
      if (verify && !(await lstatOrUndefined(src))) continue;
      if (verify) {
        const h = await hashFileInThread(src);
        if (isHashFailure(h) || h.md5 !== w.md5 || h.size !== w.size) {
          report.unverified.push(w.rel);
          await fs.promises.rm(src, { force: true });
          continue;
        }
      }
      try {
        const g = guard.check(w.rel);
        if (!made) {
          await makeParents(g.abs, w.rel, touched);
          made = true;
        }
        await renameIntoPlace(src, g.abs, guard, touched);
        report.written++;
        touched.add(path.dirname(g.abs));
      } catch (err) {
        skip(w.rel, err);
        await fs.promises.rm(src, { force: true }); // the old file stays; the next sync stages it again
      }
      await step(`write ${w.rel}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(RENAME_LANES, lanes.length) }, lane));
  // What is left of the staged tree is its emptied folders (a file whose rename failed was removed).
  await fs.promises.rm(path.join(stagingDir, STAGED_TREE), { recursive: true, force: true });

  report.foldersRemoved = await pruneEmptied(emptied, touched);
  await step('prune');
  await fsyncAll([...touched]);
  await step('fsync');
  return report;
}

/**
 * Moves whole each folder of the staged tree that the target lacks (the shallowest such folder on each
 * file's way, at most up to its synced root): the files below it are then in place. Returns the writes
 * so done. A folder that cannot be moved is left to the renames file by file, which name what fails.
 */
async function moveMissingFolders(writes: readonly StagedEntry[], stagingDir: string, guard: PathGuard, touched: Set<string>, step: Step): Promise<Set<StagedEntry>> {
  const missing = new Map<string, boolean>(); // folder rel -> absent on the target
  const isMissingFolder = async (rel: string): Promise<boolean> => {
    let m = missing.get(rel);
    if (m === undefined) missing.set(rel, (m = (await lstatOrUndefined(path.join(guard.dataDir, ...rel.split('/')))) === undefined));
    return m;
  };
  // The files of a folder move with the same one: looked for once a folder (a cold sync: 10,000 files, a few dozen folders).
  const movesWith = new Map<string, string | null>(); // a file's own folder -> the folder that moves, null: none
  const byFolder = new Map<string, StagedEntry[]>();
  for (const w of writes) {
    if (!isTreeStaged(w)) continue;
    const g = guard.check(w.rel);
    const own = w.rel.slice(0, w.rel.lastIndexOf('/'));
    let folder = movesWith.get(own);
    if (folder === undefined) {
      folder = null;
      const segs = w.rel.split('/');
      // From the synced root down to the file's own folder: the first one absent moves, with all below it.
      for (let n = g.dir.dir.split('/').length; n < segs.length; n++) {
        const f = segs.slice(0, n).join('/');
        if (await isMissingFolder(f)) {
          folder = f;
          break;
        }
      }
      movesWith.set(own, folder);
    }
    if (folder === null) continue;
    const list = byFolder.get(folder);
    if (list) list.push(w);
    else byFolder.set(folder, [w]);
  }
  const moved = new Set<StagedEntry>();
  for (const [folder, ws] of byFolder) {
    const abs = path.join(guard.dataDir, ...folder.split('/'));
    try {
      await makeParents(abs, folder, touched);
      await fs.promises.rename(path.join(stagingDir, STAGED_TREE, ...folder.split('/')), abs);
    } catch (err) {
      // Made meanwhile, or refused here: each file then meets the folder, or the refusal, on its own rename.
      const inTheWay = ['EEXIST', 'ENOTEMPTY', 'ENOTDIR'].includes(errCode(err) ?? '');
      if (!inTheWay && unwritableReason(err) === undefined && !(err instanceof IntegrityError)) throw err;
      continue;
    }
    guard.forget(abs);
    touched.add(path.dirname(abs));
    for (const w of ws) moved.add(w);
    await step(`move ${folder}`);
  }
  return moved;
}

async function renameIntoPlace(src: string, abs: string, guard: PathGuard, touched: Set<string>): Promise<void> {
  try {
    await fs.promises.rename(src, abs);
  } catch (err) {
    // An empty folder is in no table, so no plan names it; a file replaces it all the same.
    if (errCode(err) !== 'EISDIR' && errCode(err) !== 'ENOTEMPTY') throw err;
    await removeFolder(abs, guard, touched);
    await fs.promises.rename(src, abs);
  }
}

async function removeFolder(abs: string, guard: PathGuard, touched: Set<string>): Promise<void> {
  await fs.promises.rm(abs, { recursive: true, force: true });
  guard.forget(abs);
  touched.delete(abs);
  touched.add(path.dirname(abs));
}

async function makeParents(abs: string, rel: string, touched: Set<string>): Promise<void> {
  const parent = path.dirname(abs);
  let first: string | undefined;
  try {
    first = await fs.promises.mkdir(parent, { recursive: true, mode: 0o750 });
  } catch (err) {
    const code = errCode(err);
    // ENOTDIR/EEXIST: a file not in the table is in the way; anything else keeps its code for unwritable.ts.
    if (code !== 'ENOTDIR' && code !== 'EEXIST') throw err;
    throw new IntegrityError('apply_failed', `cannot create the folder of ${rel}: ${code} (a file not in the table is in the way?)`, { cause: err, path: rel });
  }
  if (first === undefined) return;
  // Each new folder's entry lives in its parent: all of them must be fsync'ed.
  for (let d = parent; ; d = path.dirname(d)) {
    touched.add(path.dirname(d));
    if (d === first) break;
  }
}

// Removes each folder left empty, climbing towards (never to) its synced root; stops at the first
// folder that still holds something.
async function pruneEmptied(emptied: Map<string, string>, touched: Set<string>): Promise<number> {
  let removed = 0;
  const deepestFirst = [...emptied.keys()].sort((a, b) => b.length - a.length);
  for (const start of deepestFirst) {
    const root = emptied.get(start)!;
    for (let d = start; d !== root && d.startsWith(root + path.sep); d = path.dirname(d)) {
      try {
        await fs.promises.rmdir(d);
      } catch (err) {
        const c = errCode(err);
        if (c === 'ENOENT') continue; // removed before a crash or by a deeper start: try its parent
        if (c === 'ENOTEMPTY' || c === 'EEXIST' || c === 'ENOTDIR') break;
        // An empty folder left where it cannot be removed (an immutable parent) harms no file.
        if (unwritableReason(err) !== undefined) break;
        throw err;
      }
      removed++;
      touched.delete(d);
      touched.add(path.dirname(d));
    }
  }
  return removed;
}

async function fsyncAll(dirs: string[]): Promise<void> {
  const queue = [...dirs];
  const worker = async (): Promise<void> => {
    for (let d = queue.pop(); d !== undefined; d = queue.pop()) {
      try {
        await fsyncDir(d);
      } catch (err) {
        if (!isMissing(err)) throw err; // removed later in this apply: nothing left to make durable
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
}
