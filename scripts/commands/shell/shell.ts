// `warden shell --config F [--node NAME] [-c CMD] [--json]`: the actor inspection shell. It talks to the
// node's control socket; `--node` (or `connect NODE`) inspects another node through the master.
import { controlSocketPath } from '../../../actors/control/control-server';
import { loadConfigOrExit } from '../daemon';
import { outputWidth } from '../fit-table';
import { parseLine } from './parse';
import { watchQuit } from './quit-keys';
import { historyFile, runRepl } from './repl';
import { runCommand, type ShellIO } from './run-command';
import { describeFailure } from './shell-errors';
import { ShellTarget } from './target';

/** Tables of output that is not a terminal fit this width (unless $COLUMNS says otherwise). */
const PIPE_WIDTH = 120;

export interface ShellOptions {
  config: string;
  node?: string;
  command?: string;
  json?: boolean;
}

export async function shellCommand(o: ShellOptions): Promise<number> {
  const config = loadConfigOrExit(o.config);
  const target = new ShellTarget(controlSocketPath(config.dataDir), config.cluster.nodeName);
  const io: ShellIO = {
    write: (t) => void process.stdout.write(t),
    json: !!o.json,
    width: () => outputWidth(process.stdout, PIPE_WIDTH),
    rows: () => (process.stdout.isTTY ? process.stdout.rows : undefined),
    live: !!process.stdout.isTTY,
    watchQuit: () => watchQuit(process.stdin),
  };
  const fail = (err: unknown): number => {
    const f = describeFailure(err);
    process.stderr.write(`warden shell: ${f.message}\n`);
    return f.exitCode;
  };
  if (o.node !== undefined) {
    try {
      // Quietly: with -c and --json, the command's document must be the only one.
      await runCommand(parseLine(`connect ${JSON.stringify(o.node)}`)!, target, { ...io, write: () => undefined });
    } catch (err) {
      return fail(err);
    }
  }
  if (o.command !== undefined) {
    try {
      const cmd = parseLine(o.command);
      if (cmd) await runCommand(cmd, target, io);
      return 0;
    } catch (err) {
      return fail(err);
    }
  }
  return runRepl(target, io, { input: process.stdin, output: process.stdout, historyFile: historyFile(config.dataDir) });
}
