// run-command.ts: runs one parsed shell command against the inspected node and prints the result: a
// table fitted to the width, or one JSON document with --json. Live views (top, trace, logs -f) run
// until the IO's quit signal.
import type { ActorsView } from '../../../actors/control/actor-commands';
import type { LogTail } from '../../../actors/control/log-tail';
import type { NodeStats } from '../../../actors/control/node-stats';
import type { NodeRow } from '../../../actors/master/cluster-views';
import type { TracePoll } from '../../../actors/supervision/trace';
import { renderControl } from '../cluster-tables';
import { COMMANDS } from './commands';
import { ShellUsageError, type ShellCommand } from './parse';
import { renderClusterTree, renderInfo, renderTimers, renderTree, timerRows } from './render-actors';
import { renderHelp, renderMutation, renderStats, traceEnd, traceLine } from './render-misc';
import type { ShellTarget } from './target';
import { renderTop, rowsThatFit, topRows } from './top-model';

export interface QuitWatch {
  done: Promise<void>;
  dispose(): void;
}

export interface ShellIO {
  write(text: string): void;
  json: boolean;
  /** Tables fit this width; null: no limit. */
  width(): number | null;
  /** Terminal lines (top's default limit); undefined without a terminal. */
  rows(): number | undefined;
  /** A terminal that can be redrawn in place: top refreshes there; elsewhere it prints one sample. */
  live: boolean;
  /** Resolves on q or Ctrl-C (a terminal) or SIGINT. */
  watchQuit(): QuitWatch;
}

export const TOP_INTERVAL_MS = 1_000;
const TRACE_POLL_MS = 250;
const FOLLOW_POLL_MS = 500;
/** Clears the screen and puts the cursor home: top redraws in place. */
const CLEAR = '\x1b[H\x1b[2J';

/** What the REPL must do after a command. */
export type After = 'continue' | 'exit';

export async function runCommand(cmd: ShellCommand, target: ShellTarget, io: ShellIO): Promise<After> {
  const out = (text: string): void => io.write(text.endsWith('\n') ? text : `${text}\n`);
  const doc = (v: unknown): void => io.write(`${JSON.stringify(v)}\n`);
  const actors = async (args: Record<string, unknown>): Promise<ActorsView> => (await target.askNode('actors', args)) as ActorsView;
  switch (cmd.name) {
    case 'tree': {
      if (cmd.cluster) {
        const nodes = await clusterTrees(target);
        if (io.json) doc({ nodes });
        else out(renderClusterTree(nodes, io.width()));
        return 'continue';
      }
      const view = await actors({ brief: true, ...(cmd.path ? { prefix: cmd.path } : {}) });
      if (io.json) doc(view);
      else out(renderTree(view, io.width()));
      return 'continue';
    }
    case 'top': return top(cmd, target, io);
    case 'info': {
      const view = await actors({ prefix: cmd.path });
      if (io.json) {
        const depth = cmd.path.split('/').length;
        doc({ node: view.node, now: view.now, actor: view.actors.find((a) => a.path === cmd.path) ?? null,
          children: view.actors.filter((a) => a.path.split('/').length === depth + 1).map((a) => a.path) });
      } else out(renderInfo(view, cmd.path));
      return 'continue';
    }
    case 'trace': return trace(cmd, target, io);
    case 'timers': {
      const view = await actors({ brief: true });
      if (io.json) doc({ node: view.node, now: view.now, timers: timerRows(view) });
      else out(renderTimers(view, io.width()));
      return 'continue';
    }
    case 'nodes': case 'health': case 'agents': case 'ruleset': {
      const r = await target.askLocal(cmd.name);
      if (io.json) doc(r);
      else out(renderControl(cmd.name, r, io.width(), Date.now()));
      return 'continue';
    }
    case 'logs': return logs(cmd, target, io);
    case 'stats': {
      const s = (await target.askNode('stats')) as NodeStats;
      if (io.json) doc({ node: target.node, ...s });
      else out(renderStats(target.node, s, io.width()));
      return 'continue';
    }
    case 'restart': case 'stop': {
      const r = (await target.askNode(cmd.name === 'restart' ? 'actor-restart' : 'actor-stop', { path: cmd.path })) as Parameters<typeof renderMutation>[0];
      if (io.json) doc(r);
      else out(renderMutation(r));
      return 'continue';
    }
    case 'connect': {
      // Asked before switching: a node that cannot be reached leaves the shell where it was.
      const view = (await target.askOn(cmd.node, 'actors', { brief: true })) as ActorsView;
      target.connect(cmd.node);
      if (io.json) doc({ connected: view.node, actors: view.actors.length });
      else out(`Connected to ${view.node}${target.isRemote ? ' (through the master)' : ''}: ${view.actors.length} actors. \`disconnect\` comes back to ${target.localNode}.`);
      return 'continue';
    }
    case 'disconnect':
      target.connect(null);
      if (io.json) doc({ connected: target.node });
      else out(`Back on ${target.node}.`);
      return 'continue';
    case 'help':
      if (io.json) doc({ commands: COMMANDS.filter((c) => cmd.topic === null || c.name === cmd.topic).map((c) => ({ name: c.name, summary: c.summary })) });
      else out(renderHelp(cmd.topic));
      return 'continue';
    case 'exit': return 'exit';
  }
}

async function clusterTrees(target: ShellTarget): Promise<{ node: string; view?: ActorsView; error?: string }[]> {
  const { nodes } = (await target.askLocal('nodes')) as { nodes: NodeRow[] };
  return Promise.all(nodes.map(async (n) => {
    if (!n.connected) return { node: n.name, error: 'not connected to the master' };
    try {
      return { node: n.name, view: (await target.askOn(n.name, 'actors', { brief: true })) as ActorsView };
    } catch (err) {
      return { node: n.name, error: (err as Error).message };
    }
  }));
}

async function top(cmd: Extract<ShellCommand, { name: 'top' }>, target: ShellTarget, io: ShellIO): Promise<After> {
  const ask = async (): Promise<ActorsView> => (await target.askNode('actors', { brief: true })) as ActorsView;
  const header = (v: ActorsView): string =>
    `top: ${v.node}, ${v.actors.length} actors, sorted by ${cmd.sort}, every ${TOP_INTERVAL_MS / 1000}s${io.live && !io.json ? ' (q or Ctrl-C to stop)' : ''}`;
  let prev = await ask();
  if (!io.live || io.json) {
    await sleep(TOP_INTERVAL_MS);
    const cur = await ask();
    const rows = topRows(prev, cur, cmd.sort, cmd.limit);
    if (io.json) io.write(`${JSON.stringify({ node: cur.node, interval_ms: cur.now - prev.now, sort: cmd.sort, actors: rows })}\n`);
    else io.write(`${renderTop(rows, header(cur), io.width())}\n`);
    return 'continue';
  }
  const quit = io.watchQuit();
  try {
    let rows = topRows(null, prev, cmd.sort, cmd.limit ?? rowsThatFit(io.rows()));
    for (;;) {
      io.write(`${CLEAR}${renderTop(rows, header(prev), io.width())}\n`);
      if (await raceQuit(quit, sleep(TOP_INTERVAL_MS))) break;
      const cur = await ask();
      rows = topRows(prev, cur, cmd.sort, cmd.limit ?? rowsThatFit(io.rows()));
      prev = cur;
    }
  } finally {
    quit.dispose();
  }
  return 'continue';
}

async function trace(cmd: Extract<ShellCommand, { name: 'trace' }>, target: ShellTarget, io: ShellIO): Promise<After> {
  const started = (await target.askNode('trace-start', { path: cmd.path, count: cmd.count, duration_ms: cmd.durationMs })) as { id: number };
  const all: TracePoll['entries'] = [];
  let last: TracePoll | null = null;
  if (!io.json) io.write(`tracing ${cmd.path} on ${target.node}: at most ${cmd.count} entries or ${cmd.durationMs / 1000}s (q or Ctrl-C stops it)\n`);
  const quit = io.watchQuit();
  try {
    for (;;) {
      last = (await target.askNode('trace-poll', { id: started.id })) as TracePoll;
      if (io.json) all.push(...last.entries);
      else for (const e of last.entries) io.write(`${traceLine(e)}\n`);
      if (last.done) break;
      if (await raceQuit(quit, sleep(TRACE_POLL_MS))) {
        last = (await target.askNode('trace-stop', { id: started.id })) as TracePoll;
        if (io.json) all.push(...last.entries);
        else for (const e of last.entries) io.write(`${traceLine(e)}\n`);
        break;
      }
    }
  } finally {
    quit.dispose();
  }
  if (io.json) io.write(`${JSON.stringify({ node: target.node, path: cmd.path, total: last.total, done: last.done, entries: all })}\n`);
  else io.write(`${traceEnd(cmd.path, last.total, last.done)}\n`);
  return 'continue';
}

async function logs(cmd: Extract<ShellCommand, { name: 'logs' }>, target: ShellTarget, io: ShellIO): Promise<After> {
  if (cmd.follow && io.json) throw new ShellUsageError('logs: --json prints one document, and -f never ends: use one or the other');
  const filter = { ...(cmd.level ? { level: cmd.level } : {}), ...(cmd.task ? { task: cmd.task } : {}) };
  let tail = (await target.askNode('log-tail', { lines: cmd.lines, ...filter })) as LogTail & { node: string };
  if (io.json) {
    io.write(`${JSON.stringify({ node: tail.node, file: tail.file, lines: tail.lines })}\n`);
    return 'continue';
  }
  for (const l of tail.lines) io.write(`${l}\n`);
  if (!cmd.follow) return 'continue';
  const quit = io.watchQuit();
  try {
    while (!(await raceQuit(quit, sleep(FOLLOW_POLL_MS)))) {
      tail = (await target.askNode('log-tail', { after: tail.offset, ...filter })) as LogTail & { node: string };
      if (tail.rotated) io.write(`-- ${tail.file} was rotated; reading the new file --\n`);
      else if (tail.skipped > 0) io.write(`-- ${tail.skipped} bytes skipped (written faster than shown) --\n`);
      for (const l of tail.lines) io.write(`${l}\n`);
    }
  } finally {
    quit.dispose();
  }
  return 'continue';
}

/** True when quit came first. */
async function raceQuit(quit: QuitWatch, wait: Promise<void>): Promise<boolean> {
  return Promise.race([quit.done.then(() => true), wait.then(() => false)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
