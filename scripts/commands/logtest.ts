// `warden logtest [--ruleset DIR]... [--json]`: reads log lines on stdin and shows, as Wazuh's
// wazuh-logtest does, the pre-decoding, decoding and rule phases of each; all lines of one run
// share the engine's state, so frequency rules can fire.
import * as readline from 'readline';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { formatLogtestText, toLogtestJson } from '../../analysis/logtest-format';

interface LogtestOptions { ruleset?: string[]; json?: boolean; verbose?: boolean }
interface LogtestIo { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; error: NodeJS.WritableStream; now?: () => Date }

/** Returns the exit code: 0 done, 1 nothing could be loaded, 2 usage. */
export async function logtestCommand(opts: LogtestOptions, io: LogtestIo = { input: process.stdin, output: process.stdout, error: process.stderr }): Promise<number> {
  const dirs = opts.ruleset ?? [];
  if (!dirs.length) {
    io.error.write('warden logtest: no ruleset; pass --ruleset DIR (a folder with rules/, decoders/ and lists/ inside)\n');
    return 2;
  }
  const { engine, problems } = loadRuleset(dirs);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of opts.verbose ? problems : errors) io.error.write(`warden logtest: ${formatProblem(p)}\n`);
  if (problems.length - errors.length && !opts.verbose) io.error.write(`warden logtest: ${problems.length - errors.length} warnings (--verbose lists them)\n`);
  if (!engine.ruleset.rules.byId.size && !engine.ruleset.decoders.withProgramName.length && !engine.ruleset.decoders.withoutProgramName.length) {
    io.error.write('warden logtest: the ruleset holds no rules and no decoders\n');
    return 1;
  }
  if (!opts.json) io.output.write('Type one log per line\n\n');
  const now = io.now ?? (() => new Date());
  const rl = readline.createInterface({ input: io.input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = engine.process(line, { location: 'stdin' }, now());
    io.output.write(opts.json ? JSON.stringify(toLogtestJson(r)) + '\n' : formatLogtestText(r) + '\n');
  }
  return 0;
}
