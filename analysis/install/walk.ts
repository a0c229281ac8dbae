// walk.ts: the listing of a folder handed to `warden ruleset install`, for layout.ts to judge. The
// folder and its rules/, decoders/ and lists/ are the admin's and may be symlinks (as the loader
// allows); below them nothing is followed: a symlink or a special file is listed as such.
import * as fs from 'fs';
import * as path from 'path';
import { RULESET_PARTS, type EntryKind, type ListedEntry } from './layout';

/** More entries than any ruleset holds: the folder given is something else (a home folder, /). */
export const MAX_ENTRIES = 100_000;

export class WalkError extends Error {
  override readonly name = 'WalkError';
}

function kindOf(st: fs.Stats | fs.Dirent): EntryKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'folder';
  if (st.isSymbolicLink()) return 'symlink';
  return 'other';
}

function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

/** Lists `dir`: its top entries (the three parts followed if symlinks) and everything below those parts. */
export function listRulesetFolder(dir: string): { top: ListedEntry[]; inside: ListedEntry[] } {
  let names: fs.Dirent[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new WalkError(`${dir} is not a folder`);
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if (err instanceof WalkError) throw err;
    if (errnoOf(err) === 'ENOENT') throw new WalkError(`${dir} does not exist`);
    throw new WalkError(`cannot read ${dir}: ${errnoOf(err)}`);
  }
  const top: ListedEntry[] = [];
  const inside: ListedEntry[] = [];
  for (const d of names) {
    const isPart = (RULESET_PARTS as readonly string[]).includes(d.name);
    let kind = kindOf(d);
    if (isPart && kind === 'symlink') {
      const st = fs.statSync(path.join(dir, d.name), { throwIfNoEntry: false });
      kind = st ? kindOf(st) : 'symlink';
    }
    top.push({ rel: d.name, kind });
    if (isPart && kind === 'folder') walkPart(dir, d.name, d.name === 'lists', inside);
  }
  return { top, inside };
}

function walkPart(root: string, part: string, recursive: boolean, out: ListedEntry[]): void {
  const stack = [part];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, ...rel.split('/')), { withFileTypes: true });
    } catch (err) {
      throw new WalkError(`cannot read ${path.join(root, rel)}: ${errnoOf(err)}`);
    }
    for (const d of entries) {
      if (out.length >= MAX_ENTRIES) throw new WalkError(`${root} holds more than ${MAX_ENTRIES} entries in ${RULESET_PARTS.join('/, ')}/: is it a ruleset?`);
      const r = `${rel}/${d.name}`;
      const kind = kindOf(d);
      const entry: ListedEntry = { rel: r, kind };
      if (kind === 'file') entry.size = fs.lstatSync(path.join(root, ...r.split('/'))).size;
      out.push(entry);
      if (kind === 'folder' && recursive && !d.name.startsWith('.')) stack.push(r);
    }
  }
}
