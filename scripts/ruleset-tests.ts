// `npm run ruleset-tests -- [--builtin | --ruleset DIR] [--file NAME]... [--quiet] [--problems]`:
// runs a ruleset's .ini tests against the engine and prints pass/fail per file, every failure with
// the expected and actual decoder, rule and level, and the total. With no folder named it runs
// Wazuh's suite when ../shared/wazuh-ruleset is next to the repository (the engine's conformance
// check while developing), and the built-in ruleset's own tests otherwise (an installed copy).
import * as path from 'path';
import { runSuite, defaultSuiteRoot } from '../analysis/testing/suite';
import { formatProblem } from '../analysis/problems';
import { BUILTIN_RULESET_DIR } from '../analysis/builtin-ruleset';

function main(): number {
  const args = process.argv.slice(2);
  let root: string | null = null;
  const only: string[] = [];
  let quiet = false;
  let showProblems = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--ruleset') root = path.resolve(args[++i] ?? '');
    else if (a === '--builtin') root = BUILTIN_RULESET_DIR;
    else if (a === '--file') only.push(args[++i] ?? '');
    else if (a === '--quiet') quiet = true;
    else if (a === '--problems') showProblems = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run ruleset-tests -- [--builtin | --ruleset DIR] [--file NAME.ini]... [--quiet] [--problems]\n');
      return 0;
    } else { process.stderr.write(`ruleset-tests: unknown argument ${a}\n`); return 2; }
  }
  root ??= defaultSuiteRoot(path.resolve(__dirname, '..', '..')) ?? BUILTIN_RULESET_DIR;
  const rep = runSuite(root, only.length ? (f) => only.includes(f) : undefined);
  const errors = rep.problems.filter((p) => p.severity === 'error');
  process.stdout.write(`Ruleset ${root}: loaded in ${rep.loadMs.toFixed(0)} ms, ${errors.length} errors, ${rep.problems.length - errors.length} warnings\n`);
  if (showProblems) for (const p of rep.problems) process.stdout.write(`  ${formatProblem(p)}\n`);
  for (const f of rep.files) {
    process.stdout.write(`${f.passed === f.total ? 'PASS' : 'FAIL'} ${f.file}: ${f.passed}/${f.total}\n`);
    if (quiet) continue;
    for (const o of f.failures) {
      const e = o.expected;
      process.stdout.write(`    [${o.section}] ${o.key} (${e.shouldMatch ? 'should match' : 'should not match'}): expected rule ${e.rule || '-'} level ${e.alert || '-'} decoder ${e.decoder || '-'}; got rule ${o.actual.rule || '-'} level ${o.actual.alert || '-'} decoder ${o.actual.decoder || '-'}\n`);
      process.stdout.write(`        ${o.lines[o.lines.length - 1].slice(0, 200)}\n`);
    }
  }
  if (rep.skipped.length) process.stdout.write(`skipped (GeoIP): ${rep.skipped.join(', ')}\n`);
  const pct = rep.total ? (100 * rep.passed / rep.total).toFixed(1) : '0';
  process.stdout.write(`TOTAL ${rep.passed}/${rep.total} passed (${pct}%)\n`);
  // A failed case or a load error fails the run, so the command can gate a change to a ruleset.
  return rep.passed === rep.total && !errors.length ? 0 : 1;
}

process.exitCode = main();
