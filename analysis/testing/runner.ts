// The ruleset test runner's logic, with the semantics of Wazuh's runtests.py: every `log N pass`
// or `log N fail` key is one test; its lines go through one fresh engine session and only the
// last event is compared with the section's rule, alert (level) and decoder.
import { Engine } from '../engine';
import { parseIni } from './ini';

interface TestOutcome {
  file: string;
  section: string;
  key: string;
  passed: boolean;
  expected: { rule: string; alert: string; decoder: string; shouldMatch: boolean };
  actual: { rule: string; alert: string; decoder: string };
  lines: string[];
}

export interface FileReport { file: string; passed: number; total: number; failures: TestOutcome[] }

/** `now` is the manager's clock for every event: rules with <time> or <weekday> read it, so it is an input. */
export function runTestFile(engine: Engine, file: string, text: string, now: () => Date): FileReport {
  const report: FileReport = { file, passed: 0, total: 0, failures: [] };
  for (const sec of parseIni(text)) {
    const one = (k: string): string => (sec.entries.get(k) ?? [''])[0] ?? '';
    const expected = { rule: one('rule'), alert: one('alert'), decoder: one('decoder') };
    for (const [key, lines] of sec.entries) {
      const m = /^log \S+ (pass|fail)$/.exec(key);
      if (!m) continue;
      engine.reset();
      let last = engine.process(lines[0] ?? '', { location: 'stdin' }, now());
      for (const line of lines.slice(1)) last = engine.process(line, { location: 'stdin' }, now());
      const actual = {
        rule: last.rule?.id ?? '',
        alert: last.rule ? String(last.rule.level) : '',
        decoder: last.decoder?.name ?? '',
      };
      // wazuh-logtest -U never matches an event without a decoder (it has no decoder name to compare).
      const matches = !!last.rule && !!last.decoder && actual.rule === expected.rule && actual.alert === expected.alert && actual.decoder === expected.decoder;
      const shouldMatch = m[1] === 'pass';
      const outcome: TestOutcome = { file, section: sec.name, key, passed: matches === shouldMatch, expected: { ...expected, shouldMatch }, actual, lines };
      report.total++;
      if (outcome.passed) report.passed++; else report.failures.push(outcome);
    }
  }
  return report;
}
