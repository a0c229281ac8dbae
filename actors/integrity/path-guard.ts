// path-guard.ts: a path received from the master is written only if it stays inside its synced folder.
//
// checkRelPath is pure (syntax and the synced-folder table); PathGuard adds the file-system checks
// (no symlink below the synced folder on the way to the target, not the node's own config). A symlink
// as the last component is allowed: rename and unlink replace the link itself and never follow it.
// Control characters are refused too: legal on Linux, but no ruleset file needs one and they hide
// in logs. Local users who can write under etc/ between check and rename are out of scope.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isExcludedName, syncedDirOf, SYNCED_DIRS, type SyncedDir } from '../../config/synced-dirs';
import { IntegrityError } from './errors';
import { errCode, isMissing } from './fs-util';

const MAX_PATH_BYTES = 4096;
const MAX_NAME_BYTES = 255;

const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface CheckedPath {
  readonly rel: string;
  readonly dir: SyncedDir;
}

interface GuardedPath extends CheckedPath {
  /** Absolute path under data_dir. */
  readonly abs: string;
}

/** Any character some check below refuses: one scan clears the common, clean path of all of them. */
const SUSPECT = /[\u0000-\u001f\u007f\\\uD800-\uDFFF]/;
/** UTF-8 needs at most 3 bytes per UTF-16 unit: a string this short cannot pass MAX_PATH_BYTES. */
const SURELY_SHORT_PATH = Math.floor(MAX_PATH_BYTES / 3);
const SURELY_SHORT_NAME = Math.floor(MAX_NAME_BYTES / 3);

/** Pure: refuses anything but a clean relative path under one of the synced folders. */
export function checkRelPath(rel: unknown, dirs: readonly SyncedDir[] = SYNCED_DIRS): CheckedPath {
  // Called for every file of every sync, twice: the message is built only for a refusal.
  const shown = (): string => JSON.stringify(typeof rel === 'string' ? rel.slice(0, 300) : rel);
  const bad = (why: string): IntegrityError =>
    new IntegrityError('path_invalid', `refused path ${shown()}: ${why}`, { path: typeof rel === 'string' ? rel : undefined });
  if (typeof rel !== 'string' || rel.length === 0) throw bad('not a non-empty string');
  if (rel.length > SURELY_SHORT_PATH && Buffer.byteLength(rel) > MAX_PATH_BYTES) throw bad(`longer than ${MAX_PATH_BYTES} bytes`);
  if (SUSPECT.test(rel)) {
    if (rel.includes('\0')) throw bad('contains NUL');
    if (rel.includes('\\')) throw bad('contains a backslash');
    if (CONTROL.test(rel)) throw bad('contains a control character');
    if (LONE_SURROGATE.test(rel)) throw bad('is not well-formed Unicode');
  }
  if (rel.charCodeAt(0) === 0x2f || /^[A-Za-z]:/.test(rel)) throw bad('is absolute');
  for (const seg of rel.split('/')) {
    if (seg === '') throw bad('has an empty segment');
    if (seg === '.' || seg === '..') throw bad(`has a "${seg}" segment`);
    if (seg.length > SURELY_SHORT_NAME && Buffer.byteLength(seg) > MAX_NAME_BYTES) throw bad(`has a name longer than ${MAX_NAME_BYTES} bytes`);
    if (isExcludedName(seg)) {
      throw new IntegrityError('path_excluded', `refused path ${shown()}: "${seg}" is never synced`, { path: rel });
    }
  }
  const dir = syncedDirOf(rel, dirs);
  if (!dir) throw new IntegrityError('path_outside', `refused path ${shown()}: not under a synced folder`, { path: rel });
  return { rel, dir };
}

export interface GuardOptions {
  /** Absolute or relative to the working folder; resolved once. */
  dataDir: string;
  /** The node's config file: never written nor deleted by a sync, wherever the synced folders point. */
  ownConfigPath?: string;
  dirs?: readonly SyncedDir[];
}

/**
 * Checks paths against the live tree. Folders found to be real folders are remembered, and so are folders
 * found absent (a cold sync checks 10,000 paths through a handful of folders it lacks, and apply makes
 * them real): build one guard per apply, and call forget() after removing a folder.
 */
export class PathGuard {
  readonly dataDir: string;
  private readonly dirs: readonly SyncedDir[];
  private readonly ownConfig: { base: string; real: string } | undefined;
  private readonly realFolders = new Set<string>();
  private readonly absentFolders = new Set<string>();
  /** Target folders whose walk found only real or absent folders: the walk would find the same again. */
  private readonly walked = new Set<string>();
  /** dataDir with one trailing separator. */
  private readonly prefix: string;

  constructor(opts: GuardOptions) {
    this.dataDir = path.resolve(opts.dataDir);
    this.prefix = this.dataDir.endsWith(path.sep) ? this.dataDir : this.dataDir + path.sep;
    this.dirs = opts.dirs ?? SYNCED_DIRS;
    if (opts.ownConfigPath !== undefined) {
      const abs = path.resolve(opts.ownConfigPath);
      this.ownConfig = { base: path.basename(abs), real: realpathOr(abs) };
    }
  }

  check(rel: unknown): GuardedPath {
    const checked = checkRelPath(rel, this.dirs);
    // checkRelPath left no empty, '.' or '..' segment: joining by hand is path.join without its cost.
    const abs = this.prefix + (path.sep === '/' ? checked.rel : checked.rel.split('/').join(path.sep));
    const folder = abs.slice(0, abs.lastIndexOf(path.sep));
    // The files of one folder share its walk (a cold sync: 10,000 files through a few dozen folders).
    if (!this.walked.has(folder)) this.walkTo(checked, folder);
    if (this.ownConfig && abs.endsWith(this.ownConfig.base) && path.basename(abs) === this.ownConfig.base && realpathOr(abs) === this.ownConfig.real) {
      throw new IntegrityError('own_config', `refused path ${JSON.stringify(checked.rel)}: it is this node's own config`, { path: checked.rel });
    }
    return { rel: checked.rel, dir: checked.dir, abs };
  }

  /**
   * Every folder between the synced root (excluded: the admin may point it anywhere) and `folder`, the
   * target's: none may be a symlink. `folder` is remembered once its walk ends on real or absent folders.
   */
  private walkTo(checked: CheckedPath, folder: string): void {
    const segs = checked.rel.slice(checked.dir.dir.length + 1).split('/');
    let cur = this.prefix + checked.dir.dir.split('/').join(path.sep);
    for (let i = 0; i < segs.length - 1; i++) {
      cur = cur + path.sep + segs[i];
      if (this.realFolders.has(cur)) continue;
      if (this.absentFolders.has(cur)) break;
      const st = lstatReachable(cur);
      if (!st) {
        this.absentFolders.add(cur);
        break; // the rest does not exist yet (apply creates real folders), or cannot be reached at all
      }
      if (st.isSymbolicLink()) {
        throw new IntegrityError('path_symlink', `refused path ${JSON.stringify(checked.rel)}: ${path.relative(this.dataDir, cur)} is a symlink`, { path: checked.rel });
      }
      if (st.isDirectory()) this.realFolders.add(cur);
      else return; // a file where a folder is needed: a planned type change, cleared by apply; looked at again next time
    }
    this.walked.add(folder);
  }

  /** Drops what is known about a folder and everything under it (it was removed or replaced). */
  forget(absFolder: string): void {
    const prefix = absFolder + path.sep;
    for (const known of [this.realFolders, this.absentFolders, this.walked]) {
      for (const f of known) if (f === absFolder || f.startsWith(prefix)) known.delete(f);
    }
  }

  /** The absolute root of a synced folder. */
  rootOf(dir: SyncedDir): string {
    return path.join(this.dataDir, ...dir.dir.split('/'));
  }
}

// A path the kernel cannot reach (too long here, a folder not searchable) holds no symlink to follow
// either: every write through it fails the same way, and apply reports that file as unwritable.
const UNREACHABLE = new Set(['ENAMETOOLONG', 'EACCES', 'ELOOP']);

function lstatReachable(abs: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(abs, { throwIfNoEntry: false });
  } catch (err) {
    if (UNREACHABLE.has(errCode(err) ?? '')) return undefined;
    throw err;
  }
}

// Resolves the existing part of a path and appends the rest, so a file not yet there compares too.
function realpathOr(abs: string): string {
  try {
    return fs.realpathSync.native(abs);
  } catch (err) {
    if (!isMissing(err)) throw err;
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realpathOr(parent), path.basename(abs));
  }
}
