// repl.ts: the interactive shell: node:readline with history (kept in a file) and Tab completion. On a
// terminal each line gets a fresh readline, closed while the command runs, so that live views own the
// keyboard (q, Ctrl-C); piped input is read as a script, one command a line.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import type { ActorsView } from '../../../actors/control/actor-commands';
import type { NodeRow } from '../../../actors/master/cluster-views';
import { complete } from './complete';
import { parseLine } from './parse';
import { type After, runCommand, type ShellIO } from './run-command';
import { describeFailure } from './shell-errors';
import type { ShellTarget } from './target';

export const HISTORY_SIZE = 1_000;
/** Completion asks the node at most this often. */
const COMPLETION_CACHE_MS = 3_000;

/** <data_dir>/.warden_history when the shell may write there, else ~/.warden_history. */
export function historyFile(dataDir: string): string {
  try {
    fs.accessSync(dataDir, fs.constants.W_OK);
    return path.join(dataDir, '.warden_history');
  } catch {
    return path.join(os.homedir(), '.warden_history');
  }
}

/** Newest first, as readline wants it. */
export function loadHistory(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return []; // no history yet
  }
  return text.split('\n').filter((l) => l.trim() !== '').slice(-HISTORY_SIZE).reverse();
}

function saveHistory(file: string, newestFirst: readonly string[]): void {
  try {
    fs.writeFileSync(file, [...newestFirst].slice(0, HISTORY_SIZE).reverse().join('\n') + '\n', { mode: 0o600 });
  } catch (err) {
    process.stderr.write(`shell: cannot keep the history in ${file}: ${(err as Error).message}\n`);
  }
}

export interface ReplOptions {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  historyFile: string;
}

/** Runs until exit or Ctrl-D; the exit code: 0, or 1 when a command of piped input failed. */
export async function runRepl(target: ShellTarget, io: ShellIO, o: ReplOptions): Promise<number> {
  if (!o.input.isTTY) return runScript(target, io, o.input);
  o.output.write(`Warden shell on ${target.node}. \`help\` lists the commands; Tab completes; Ctrl-D or \`exit\` leaves.\n`);
  let history = loadHistory(o.historyFile);
  const completer = makeCompleter(target);
  for (;;) {
    const got = await readOneLine(o, promptOf(target), history, completer);
    if (got === null) break;
    history = got.history;
    saveHistory(o.historyFile, history);
    const after = await runLine(got.line, target, io);
    if (after.after === 'exit') break;
  }
  return 0;
}

function promptOf(t: ShellTarget): string {
  return t.isRemote ? `warden ${t.localNode} -> ${t.node}> ` : `warden ${t.node}> `;
}

type Completer = (line: string, cb: (err: null, r: [string[], string]) => void) => void;

/** One line from a fresh readline; null on Ctrl-D. Ctrl-C drops the line typed so far. */
function readOneLine(o: ReplOptions, prompt: string, history: string[], completer: Completer): Promise<{ line: string; history: string[] } | null> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({
      input: o.input, output: o.output, prompt, completer, terminal: true,
      history: [...history], historySize: HISTORY_SIZE, removeHistoryDuplicates: true,
    });
    let settled = false;
    const finish = (v: { line: string; history: string[] } | null): void => {
      if (settled) return;
      settled = true;
      rl.close();
      resolve(v);
    };
    const rlHistory = (): string[] => [...(rl as unknown as { history: string[] }).history];
    rl.on('line', (line) => finish({ line, history: rlHistory() }));
    rl.on('SIGINT', () => {
      o.output.write('^C\n');
      finish({ line: '', history: rlHistory() });
    });
    rl.on('close', () => {
      if (!settled) o.output.write('\n');
      finish(null);
    });
    rl.prompt();
  });
}

async function runScript(target: ShellTarget, io: ShellIO, input: NodeJS.ReadableStream): Promise<number> {
  const rl = readline.createInterface({ input, terminal: false });
  let failed = false;
  for await (const line of rl) {
    const r = await runLine(line, target, io);
    failed ||= r.failed;
    if (r.after === 'exit') break;
  }
  rl.close();
  return failed ? 1 : 0;
}

/** Parses and runs one line; a failure is printed and the shell goes on. */
export async function runLine(line: string, target: ShellTarget, io: ShellIO): Promise<{ after: After; failed: boolean }> {
  try {
    const cmd = parseLine(line);
    if (!cmd) return { after: 'continue', failed: false };
    return { after: await runCommand(cmd, target, io), failed: false };
  } catch (err) {
    process.stderr.write(`${describeFailure(err).message}\n`);
    return { after: 'continue', failed: true };
  }
}

function makeCompleter(target: ShellTarget): Completer {
  let paths: { node: string; at: number; list: string[] } | null = null;
  let nodes: { at: number; list: string[] } | null = null;
  const pathsNow = async (): Promise<string[]> => {
    if (paths && paths.node === target.node && Date.now() - paths.at < COMPLETION_CACHE_MS) return paths.list;
    const v = (await target.askNode('actors', { brief: true })) as ActorsView;
    paths = { node: target.node, at: Date.now(), list: v.actors.map((a) => a.path) };
    return paths.list;
  };
  const nodesNow = async (): Promise<string[]> => {
    if (nodes && Date.now() - nodes.at < COMPLETION_CACHE_MS) return nodes.list;
    const r = (await target.askLocal('nodes')) as { nodes: NodeRow[] };
    nodes = { at: Date.now(), list: r.nodes.map((n) => n.name) };
    return nodes.list;
  };
  return (line, cb) => {
    // Only what this line can use is asked for; a node that does not answer completes commands only.
    const wantsNodes = /^\s*connect\s/.test(line);
    const wantsPaths = /^\s*\S+\s/.test(line) && !wantsNodes;
    Promise.all([wantsPaths ? pathsNow().catch(() => []) : [], wantsNodes ? nodesNow().catch(() => []) : []])
      .then(([p, n]) => cb(null, complete(line, { paths: p, nodes: n })), () => cb(null, complete(line, { paths: [], nodes: [] })));
  };
}
