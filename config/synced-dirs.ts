// synced-dirs.ts: the folders the integrity sync mirrors from the master to every worker, and the
// names that never travel (DESIGN.md section 5, WAZUH.md "Integrity"). Declarative and pure.
//
// Paths are relative to data_dir with '/' separators. The node's own config lives outside these
// folders in every layout Warden creates; its names are excluded here too so that a config copied
// into etc/ by hand is never pushed to, nor overwritten on, another node.

export interface SyncedDir {
  /** Relative to data_dir, '/' separators, no trailing slash. */
  readonly dir: string;
  /** Subfolders are synced too; otherwise only the folder's direct files. */
  readonly recursive: boolean;
  /** Subfolders that a sync leaves empty are removed (Wazuh does this under etc/shared only). */
  readonly removeEmptyDirs: boolean;
}

export const SYNCED_DIRS: readonly SyncedDir[] = [
  { dir: 'etc/shared', recursive: true, removeEmptyDirs: true },
  { dir: 'etc/rules', recursive: true, removeEmptyDirs: false },
  { dir: 'etc/decoders', recursive: true, removeEmptyDirs: false },
  { dir: 'etc/lists', recursive: true, removeEmptyDirs: false },
  // A full ruleset installed on the master by `warden ruleset install`, used instead of the built-in one.
  { dir: 'ruleset/rules', recursive: true, removeEmptyDirs: false },
  { dir: 'ruleset/decoders', recursive: true, removeEmptyDirs: false },
  { dir: 'ruleset/lists', recursive: true, removeEmptyDirs: false },
];

/** The synced folders an analysis engine reads: a change in one of them means a new ruleset. */
export const RULESET_SYNCED_DIRS: readonly string[] = [
  'etc/rules', 'etc/decoders', 'etc/lists', 'ruleset/rules', 'ruleset/decoders', 'ruleset/lists',
];

/** True when a synced path (relative to data_dir) lies in a folder the analysis engine reads. */
export function isRulesetPath(rel: string): boolean {
  return RULESET_SYNCED_DIRS.some((d) => rel.startsWith(d + '/'));
}

/** Editor and temporary files: half-written by nature, never worth sending. */
const EXCLUDED_SUFFIXES: readonly string[] = ['~', '.tmp', '.swp', '.lock'];

/** merged.mg is built by each node; the rest are node-local config files (Warden's and Wazuh's names). */
const EXCLUDED_NAMES: readonly string[] = ['merged.mg', 'ar.conf', 'ossec.conf', 'warden.yaml', 'warden.yml'];

/** True when a file or folder of this name is never synced (checked on every segment of a path). */
export function isExcludedName(name: string): boolean {
  if (EXCLUDED_NAMES.includes(name)) return true;
  return EXCLUDED_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * The synced folder that holds `rel` (a file path relative to data_dir), or undefined. The path must
 * lie strictly below the folder, and one level below only when the folder is not recursive.
 */
export function syncedDirOf(rel: string, dirs: readonly SyncedDir[] = SYNCED_DIRS): SyncedDir | undefined {
  for (const d of dirs) {
    if (!rel.startsWith(d.dir + '/')) continue;
    const rest = rel.slice(d.dir.length + 1);
    if (rest.length === 0) return undefined;
    if (!d.recursive && rest.includes('/')) return undefined;
    return d;
  }
  return undefined;
}
