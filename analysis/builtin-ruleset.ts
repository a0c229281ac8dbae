// Where the ruleset that ships with Warden is (<package root>/ruleset), and which ruleset folders a
// node's engine reads. Path logic only: nothing here touches the file system.
import * as path from 'path';

/** From the sources (ts-jest) this file is <root>/analysis/*.ts; built, it is <root>/dist/analysis/*.js. */
const PACKAGE_ROOT = path.resolve(__dirname, ...(__filename.endsWith('.ts') ? ['..'] : ['..', '..']));

export const BUILTIN_RULESET_DIR = path.join(PACKAGE_ROOT, 'ruleset');

/** Where `warden ruleset install` puts a full ruleset, relative to data_dir (synced to every worker). */
export const INSTALLED_RULESET = 'ruleset';

/** Which ruleset a node runs: the one that ships, one installed in its data_dir, or its config's folders. */
export type RulesetSource = 'builtin' | 'installed' | 'ruleset_dirs';

export interface RulesetChoice {
  source: RulesetSource;
  /** The folders loaded, in order (rules/, decoders/, lists/ inside each). */
  dirs: string[];
}

/**
 * The folders a node loads, in order. With `analysis.ruleset_dirs` the operator chose a ruleset: etc/
 * and those folders. Otherwise the installed ruleset when there is one, else the built-in one, and then
 * the synced etc/, so local rules come last and can build on it (if_sid, overwrite="yes") as Wazuh
 * loads ruleset/ then etc/. `installed`: <data_dir>/ruleset holds an installed ruleset (installed-ruleset.ts).
 */
export function chooseRuleset(dataDir: string, rulesetDirs: readonly string[], installed: boolean): RulesetChoice {
  const etc = path.join(dataDir, 'etc');
  if (rulesetDirs.length) return { source: 'ruleset_dirs', dirs: [etc, ...rulesetDirs] };
  if (installed) return { source: 'installed', dirs: [path.join(dataDir, INSTALLED_RULESET), etc] };
  return { source: 'builtin', dirs: [BUILTIN_RULESET_DIR, etc] };
}
