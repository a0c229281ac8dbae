// `warden logtest [--config F | --ruleset DIR...] [--json]`: reads log lines on stdin and shows, as
// Wazuh's wazuh-logtest does, the pre-decoding, decoding and rule phases of each; all lines of one
// run share the engine's state, so frequency rules can fire.
import * as readline from 'readline';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { formatLogtestText, toLogtestJson } from '../../analysis/logtest-format';
import { BUILTIN_RULESET_DIR } from '../../analysis/builtin-ruleset';
import { nodeRuleset } from '../../analysis/install/installed';
import { ConfigError, loadConfig } from '../../config/loader';

interface LogtestOptions { config?: string; ruleset?: string[]; json?: boolean; verbose?: boolean }
interface LogtestIo { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; error: NodeJS.WritableStream; now?: () => Date }

/** Returns the exit code: 0 done, 1 nothing could be loaded, 2 usage. */
export async function logtestCommand(opts: LogtestOptions, io: LogtestIo = { input: process.stdin, output: process.stdout, error: process.stderr }): Promise<number> {
  const source = rulesetSource(opts, io.error);
  if (!source) return 2;
  const { engine, problems } = loadRuleset(source.dirs, { alertLevel: source.alertLevel });
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

/**
 * --config: the folders and alert level of that node, chosen as the node chooses them (its installed
 * ruleset, else the built-in one, then etc/; or etc/ and ruleset_dirs); --ruleset: those folders; neither: the built-in
 * ruleset alone (what a node with no local rules runs). Null, with the reason written, on a usage error.
 */
function rulesetSource(opts: LogtestOptions, error: NodeJS.WritableStream): { dirs: string[]; alertLevel?: number } | null {
  if (opts.config !== undefined && opts.ruleset?.length) {
    error.write('warden logtest: pass --config or --ruleset, not both\n');
    return null;
  }
  if (opts.ruleset?.length) return { dirs: opts.ruleset };
  if (opts.config === undefined) return { dirs: [BUILTIN_RULESET_DIR] };
  try {
    const config = loadConfig(opts.config);
    return { dirs: nodeRuleset(config.dataDir, config.analysis.rulesetDirs).dirs, alertLevel: config.analysis.alertLevel };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    error.write(`warden logtest: ${err.message}\n`);
    return null;
  }
}
