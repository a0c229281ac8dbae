// installed.ts: whether a node's data_dir holds a ruleset installed by `warden ruleset install` (on the
// master) or synced from it (on a worker), and so which ruleset the node runs. Read at every engine
// build, so a ruleset that arrives while the node runs is used from the reload it causes.
import * as fs from 'fs';
import * as path from 'path';
import { chooseRuleset, INSTALLED_RULESET, type RulesetChoice } from '../builtin-ruleset';

/** The installed ruleset's folder. */
export function installedRulesetDir(dataDir: string): string {
  return path.join(dataDir, INSTALLED_RULESET);
}

/** True when <data_dir>/ruleset/rules holds a rules file: an empty or missing folder is no ruleset. */
export function hasInstalledRuleset(dataDir: string): boolean {
  try {
    return fs.readdirSync(path.join(installedRulesetDir(dataDir), 'rules'), { withFileTypes: true })
      .some((e) => e.isFile() && e.name.endsWith('.xml'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw err;
  }
}

/** The ruleset this node loads now (see chooseRuleset). */
export function nodeRuleset(dataDir: string, rulesetDirs: readonly string[]): RulesetChoice {
  return chooseRuleset(dataDir, rulesetDirs, rulesetDirs.length === 0 && hasInstalledRuleset(dataDir));
}
