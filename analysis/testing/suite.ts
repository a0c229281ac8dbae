// Runs Wazuh's ruleset test suite (a folder laid out like wazuh/ruleset: rules/, decoders/,
// lists/, testing/ruleset/test_*.xml, testing/tests/*.ini) the way runtests.py prepares it:
// the test rules and decoders are added, rule 60000 reads plain JSON, GeoIP files are skipped.
import * as fs from 'fs';
import * as path from 'path';
import { loadRuleset } from '../ruleset-load';
import { Problem } from '../problems';
import type { XmlNode } from '../xml/xml-reader';
import { FileReport, runTestFile } from './runner';

interface SuiteReport { files: FileReport[]; passed: number; total: number; problems: Problem[]; loadMs: number; skipped: string[] }

/** runtests.py rewrites rule 60000 so event-channel JSON can be tested as a plain log. */
function patchWindowsBaseRule(file: string, roots: XmlNode[]): void {
  if (path.basename(file) !== '0575-win-base_rules.xml') return;
  for (const g of roots) {
    for (const r of g.children) {
      if (r.name !== 'rule' || !r.attrs.some(([k, v]) => k === 'id' && v === '60000')) continue;
      r.children = r.children.filter((c) => c.name !== 'category');
      for (const c of r.children) if (c.name === 'decoded_as') c.text = 'json';
    }
  }
}

/**
 * The suite's clock: a Wednesday at 10:30 in local time. Wazuh's cases assume business hours (rule 17101,
 * "login outside business hours", reads the clock), so a fixed local time keeps the result the same at
 * any hour and in any time zone.
 */
function suiteNow(): Date {
  return new Date(2026, 0, 14, 10, 30, 0);
}

export function runSuite(root: string, only?: (file: string) => boolean, now: () => Date = suiteNow): SuiteReport {
  const testRulesDir = path.join(root, 'testing', 'ruleset');
  const extra = fs.existsSync(testRulesDir) ? fs.readdirSync(testRulesDir).sort() : [];
  const t0 = process.hrtime.bigint();
  const { engine, problems } = loadRuleset([root], {
    transform: patchWindowsBaseRule,
    extraRules: extra.filter((f) => /^test_.*rules\.xml$/.test(f)).map((f) => path.join(testRulesDir, f)),
    extraDecoders: extra.filter((f) => /^test_.*decoders\.xml$/.test(f)).map((f) => path.join(testRulesDir, f)),
  });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const testsDir = path.join(root, 'testing', 'tests');
  const files: FileReport[] = [];
  const skipped: string[] = [];
  for (const f of fs.readdirSync(testsDir).filter((x) => x.endsWith('.ini')).sort()) {
    if (f.includes('geoip')) { skipped.push(f); continue; }
    if (only && !only(f)) continue;
    files.push(runTestFile(engine, f, fs.readFileSync(path.join(testsDir, f), 'utf8'), now));
  }
  return {
    files,
    passed: files.reduce((a, r) => a + r.passed, 0),
    total: files.reduce((a, r) => a + r.total, 0),
    problems,
    loadMs,
    skipped,
  };
}

/** ../shared/wazuh-ruleset next to the repository, or null when it is not there. */
export function defaultSuiteRoot(repoRoot: string): string | null {
  const p = path.resolve(repoRoot, '..', 'shared', 'wazuh-ruleset');
  return fs.existsSync(path.join(p, 'testing', 'tests')) ? p : null;
}
