// layout.ts: which files of a folder handed to `warden ruleset install` form the ruleset, and what is
// wrong or left out. Pure: it reads a listing (install-walk.ts makes it), never the disk.
//
// A Wazuh ruleset is rules/*.xml and decoders/*.xml (the loader reads no subfolder there) and lists/,
// text CDB lists at any depth (Wazuh's install keeps lists in etc/lists; a source checkout has
// ruleset/lists). Anything else (README, testing/, sca/, compiled .cdb files) is reported, not installed.
import { checkRelPath } from '../../actors/integrity/path-guard';
import { IntegrityError } from '../../actors/integrity/errors';
import { INSTALLED_RULESET } from '../builtin-ruleset';

export type EntryKind = 'file' | 'folder' | 'symlink' | 'other';

export interface ListedEntry {
  /** Relative to the folder given, '/' separators. */
  rel: string;
  kind: EntryKind;
  /** Bytes, for files. */
  size?: number;
}

export interface LayoutFile {
  rel: string;
  size: number;
}

interface Skipped {
  path: string;
  reason: string;
}

export interface Layout {
  /** What is installed, sorted. */
  files: LayoutFile[];
  /** Entries left out, each with why. */
  skipped: Skipped[];
  /** What makes the folder no ruleset at all: the install is refused. */
  errors: string[];
}

/** The three parts of a ruleset; rules/ and decoders/ are required. */
export const RULESET_PARTS = ['rules', 'decoders', 'lists'] as const;
const REQUIRED = ['rules', 'decoders'] as const;

const KIND_WORDS: Record<Exclude<EntryKind, 'file'>, string> = { folder: 'a folder', symlink: 'a symlink', other: 'a special file' };

/** Below a subfolder of rules/ or decoders/: not installed, and not reported one by one (its folder is). */
const BELOW_SKIPPED_FOLDER = '';

/** Why an entry inside a part is left out, or null when it is installed. */
function reasonToSkip(e: ListedEntry): string | null {
  const [part, ...rest] = e.rel.split('/');
  const name = rest[rest.length - 1];
  if (part === 'lists') {
    if (name.startsWith('.') || rest.some((seg) => seg.startsWith('.'))) return 'a hidden name: the loader skips it';
    if (e.kind === 'folder') return null; // walked: its files are listed on their own
    if (e.kind !== 'file') return `${KIND_WORDS[e.kind]}: only regular files are installed`;
    if (name.endsWith('.cdb')) return 'a compiled CDB list: Warden reads the text list it was built from';
    return null;
  }
  if (rest.length > 1) return BELOW_SKIPPED_FOLDER;
  if (e.kind === 'folder') return `a folder: the loader reads ${part}/*.xml only, not what is below`;
  if (e.kind !== 'file') return `${KIND_WORDS[e.kind]}: only regular files are installed`;
  if (!name.endsWith('.xml')) return `not a .xml file: the loader reads ${part}/*.xml only`;
  return null;
}

/** Why a worker would refuse this path (the sync's path guard), or null. */
function refusedBySync(rel: string): string | null {
  try {
    checkRelPath(`${INSTALLED_RULESET}/${rel}`);
    return null;
  } catch (err) {
    if (!(err instanceof IntegrityError)) throw err;
    return err.code === 'path_excluded' ? 'a name that is never synced (an editor, temporary or node-local file)' : `a name the sync refuses (${err.message})`;
  }
}

/**
 * The ruleset in a listing: `top` is what the folder itself holds (name and kind, symlinks to folders
 * already resolved for rules/, decoders/ and lists/), `inside` every entry below those three.
 */
export function planLayout(top: readonly ListedEntry[], inside: readonly ListedEntry[]): Layout {
  const files: LayoutFile[] = [];
  const skipped: Skipped[] = [];
  const errors: string[] = [];
  const parts = new Map(top.filter((e) => (RULESET_PARTS as readonly string[]).includes(e.rel)).map((e) => [e.rel, e]));
  for (const e of top) {
    if ((RULESET_PARTS as readonly string[]).includes(e.rel)) {
      if (e.kind !== 'folder') errors.push(`${e.rel} is ${e.kind === 'file' ? 'a file' : KIND_WORDS[e.kind]}, not a folder`);
      continue;
    }
    skipped.push({ path: e.rel, reason: 'not part of a ruleset (rules/, decoders/, lists/)' });
  }
  for (const p of REQUIRED) if (!parts.has(p)) errors.push(`no ${p}/ folder: a ruleset holds rules/ and decoders/ (and lists/)`);
  for (const e of inside) {
    const why = reasonToSkip(e);
    if (why === BELOW_SKIPPED_FOLDER) continue;
    if (why) { skipped.push({ path: e.rel, reason: why }); continue; }
    if (e.kind !== 'file') continue;
    const refused = refusedBySync(e.rel);
    if (refused) { skipped.push({ path: e.rel, reason: refused }); continue; }
    files.push({ rel: e.rel, size: e.size ?? 0 });
  }
  if (parts.get('rules')?.kind === 'folder' && !files.some((f) => f.rel.startsWith('rules/'))) errors.push('rules/ holds no .xml file');
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, errors };
}
