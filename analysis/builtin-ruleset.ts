// Where the ruleset that ships with Warden is (<package root>/ruleset), and which ruleset folders a
// node's engine reads. Path logic only: nothing here touches the file system.
import * as path from 'path';

/** From the sources (ts-jest) this file is <root>/analysis/*.ts; built, it is <root>/dist/analysis/*.js. */
const PACKAGE_ROOT = path.resolve(__dirname, ...(__filename.endsWith('.ts') ? ['..'] : ['..', '..']));

export const BUILTIN_RULESET_DIR = path.join(PACKAGE_ROOT, 'ruleset');

/**
 * The folders a node loads, in order. With no `analysis.ruleset_dirs`, the built-in ruleset and then
 * the synced etc/, so local rules come last and can build on built-in ones (if_sid, overwrite="yes")
 * as Wazuh's local rules do. With `ruleset_dirs` the operator chose a ruleset: etc/ and those
 * folders, without the built-in one.
 */
export function nodeRulesetDirs(dataDir: string, rulesetDirs: readonly string[]): string[] {
  const etc = path.join(dataDir, 'etc');
  return rulesetDirs.length ? [etc, ...rulesetDirs] : [BUILTIN_RULESET_DIR, etc];
}
