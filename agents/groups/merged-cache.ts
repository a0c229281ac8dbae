// The merged.mg an agent should have, from the node's synced etc/shared/<group>/ folders, cached per
// group list for a short while (agents ask at every keep-alive; a group changes rarely).
//
// Only regular files are read and only real folders walked (lib/regular-file.ts): a FIFO would block the
// event loop for good, a symlink could reach anything on the host. What is skipped is said once.
import * as fs from 'fs';
import * as path from 'path';
import { kindOf, NotRegularFileError, readRegularFileSync } from '../../lib/regular-file';
import { buildAgentMergedMg, MergedMg, SharedFile } from './merged-mg';

const TTL_MS = 2_000;
/** Skipped paths remembered so each is logged once; past this many, the rest are logged no more. */
const REPORTED_MAX = 1_024;

type Skip = (rel: string, reason: string) => void;

export class MergedCache {
  private readonly cache = new Map<string, { at: number; merged: MergedMg | null }>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly sharedDir: string,
    private readonly now: () => number = Date.now,
    /** Hears each file or folder skipped, once: '"etc/shared/g/x" skipped: a FIFO, not a regular file.' */
    private readonly onSkip: (msg: string) => void = () => {},
  ) {}

  /** null when none of the groups has a folder (nothing to push). */
  forGroups(groups: readonly string[]): MergedMg | null {
    const list = groups.length ? [...groups] : ['default'];
    const key = list.join(',');
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.merged;
    const notRead: MergedMg['skipped'] = [];
    const inGroup = (group: string): Skip => (rel, reason) => {
      notRead.push({ path: rel || `${group}/`, reason });
      this.report(`${group}/${rel}`, reason);
    };
    const parts = list.map((group) => ({ group, files: readGroup(path.join(this.sharedDir, group), group, inGroup(group)) }))
      .filter((p): p is { group: string; files: SharedFile[] } => p.files !== null);
    const arConf = readOptional(path.join(this.sharedDir, 'ar.conf'), '', (_rel, reason) => this.report('ar.conf', reason));
    const built = parts.length ? buildAgentMergedMg(parts, { arConf }) : null;
    const merged = built && { ...built, skipped: [...notRead, ...built.skipped] };
    this.cache.set(key, { at: this.now(), merged });
    return merged;
  }

  /** After a sync changed etc/shared: rebuild on the next ask. */
  invalidate(): void {
    this.cache.clear();
  }

  private report(rel: string, reason: string): void {
    const k = `${rel}\0${reason}`;
    if (this.reported.has(k) || this.reported.size >= REPORTED_MAX) return;
    this.reported.add(k);
    this.onSkip(`${JSON.stringify(`etc/shared/${rel.replace(/\/$/, '')}`)} skipped: ${reason}.`);
  }
}

/** The files of one group folder (paths relative to it), or null when it is not a real folder here. */
function readGroup(dir: string, group: string, skip: Skip): SharedFile[] | null {
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(dir, { throwIfNoEntry: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return null; // etc/shared itself is not a folder
    throw err;
  }
  if (!st) return null;
  if (!st.isDirectory()) {
    skip('', `the group folder ${group} is ${kindOf(st)}, not a folder${st.isSymbolicLink() ? ' (symlinks are not followed)' : ''}`);
    return null;
  }
  const files: SharedFile[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(childAbs, childRel);
      else if (!e.isFile()) skip(childRel, new NotRegularFileError(kindOf(e)).message);
      else {
        const bytes = readOptional(childAbs, childRel, skip);
        if (bytes) files.push({ relativePath: childRel, bytes });
      }
    }
  };
  walk(dir, '');
  return files;
}

/** A regular file's bytes; null when it is absent, or skipped (said) because it is not one. */
function readOptional(abs: string, rel: string, skip: Skip): Buffer | null {
  try {
    return readRegularFileSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (err instanceof NotRegularFileError) {
      skip(rel, err.message);
      return null;
    }
    throw err;
  }
}
