// commands.ts: pure; the shell's commands as data: arguments, flags and help. The parser, the completion
// and `help` all read this one table.

export type ArgKind = 'path' | 'node' | 'command';

export interface FlagSpec {
  name: string;
  short?: string;
  /** What the flag takes: nothing (a switch), a positive integer, a number of seconds, a word, or one of a list. */
  value: 'none' | 'int' | 'seconds' | 'word' | readonly string[];
  help: string;
}

export interface CommandSpec {
  name: string;
  args: { name: string; kind: ArgKind; required: boolean }[];
  flags: FlagSpec[];
  summary: string;
  /** More lines for `help CMD`. */
  details?: string;
  /** Asked of the node the shell is connected to (false: a cluster-wide view, asked of the local node). */
  perNode: boolean;
}

export const TOP_SORTS = ['mailbox', 'msgs', 'restarts', 'busy'] as const;
export const LOG_LEVEL_WORDS = ['error', 'warning', 'info', 'debug'] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'tree', args: [{ name: 'PATH', kind: 'path', required: false }], perNode: true,
    flags: [{ name: 'cluster', value: 'none', help: 'every node\'s tree, under its node name' }],
    summary: 'the live supervision tree: kind, status, mailbox, restarts',
    details: 'Status is idle, busy (for how long), backing-off (until the restart), stopped or failed; "failing" when an actor keeps failing past its restart budget.',
  },
  {
    name: 'top', args: [], perNode: true,
    flags: [
      { name: 'sort', value: TOP_SORTS, help: 'order rows by mailbox depth, messages a second, restarts or busy time (default busy)' },
      { name: 'limit', value: 'int', help: 'show this many rows (default: what fits the terminal)' },
    ],
    summary: 'actors by activity, refreshed every second until q or Ctrl-C',
    details: 'MSGS/S and BUSY are over the last refresh; P50 and P99 are handling times of the messages handled in it (histogram buckets: an upper bound). Without a terminal, one sample of 1 s is printed.',
  },
  {
    name: 'info', args: [{ name: 'PATH', kind: 'path', required: true }], flags: [], perNode: true,
    summary: 'one actor: state, children, restart policy, last messages, restart log with stacks, next tick',
  },
  {
    name: 'trace', args: [{ name: 'PATH', kind: 'path', required: true }], perNode: true,
    flags: [
      { name: 'count', value: 'int', help: 'stop after this many entries (default 100, at most 10000)' },
      { name: 'duration', value: 'seconds', help: 'stop after this many seconds (default 10, at most 300)' },
    ],
    summary: 'a bounded live trace of the messages an actor receives and sends (types and sizes only)',
    details: 'in: taken from its mailbox (or a reply over the wire); out: sent to an actor or over the wire; done: handled, with the time it took. Sizes of messages between actors are estimates (~); wire sizes are exact. Contents are never shown. q or Ctrl-C stops it early.',
  },
  { name: 'timers', args: [], flags: [], perNode: true, summary: 'every scheduled loop: schedule, last run, next run, last duration, overlaps skipped' },
  { name: 'nodes', args: [], flags: [], perNode: false, summary: 'the cluster\'s nodes (as warden control nodes)' },
  { name: 'health', args: [], flags: [], perNode: false, summary: 'per worker: connection, keep-alive, syncs, agents, loops (as warden control health)' },
  { name: 'agents', args: [], flags: [], perNode: false, summary: 'the registered agents (as warden control agents)' },
  { name: 'ruleset', args: [], flags: [], perNode: false, summary: 'whose ruleset files match the master\'s (as warden control ruleset)' },
  {
    name: 'logs', args: [], perNode: true,
    flags: [
      { name: 'follow', short: 'f', value: 'none', help: 'keep printing new lines until q or Ctrl-C' },
      { name: 'level', value: LOG_LEVEL_WORDS, help: 'this level and more severe ones' },
      { name: 'task', value: 'word', help: 'lines whose tag contains this (e.g. "Keep Alive", a worker\'s name)' },
      { name: 'lines', short: 'n', value: 'int', help: 'how many lines of the tail (default 20, at most 1000)' },
    ],
    summary: 'the tail of the node\'s cluster.log, filtered',
  },
  { name: 'stats', args: [], flags: [], perNode: true, summary: 'the node process: event-loop delay and utilisation, heap, handles, sockets by port, uptime' },
  {
    name: 'restart', args: [{ name: 'PATH', kind: 'path', required: true }], flags: [], perNode: true,
    summary: 'fail an actor on purpose: its supervisor restarts it (needs shell.allow_mutations: true on that node)',
    details: 'The failure goes through the actor\'s restart policy, so its restart count grows and `info` shows it in the restart log. An actor whose policy hands failures up (a connection) fails its parent instead, as a real failure would.',
  },
  {
    name: 'stop', args: [{ name: 'PATH', kind: 'path', required: true }], flags: [], perNode: true,
    summary: 'stop an actor and its children (needs shell.allow_mutations: true on that node)',
    details: 'Its supervisor is not told: a stopped loop stays stopped until its parent restarts (a connection comes back when its link is lost and redialed).',
  },
  {
    name: 'connect', args: [{ name: 'NODE', kind: 'node', required: true }], flags: [], perNode: false,
    summary: 'inspect another node of the cluster through the master (`disconnect` comes back)',
  },
  { name: 'disconnect', args: [], flags: [], perNode: false, summary: 'inspect the local node again' },
  { name: 'help', args: [{ name: 'CMD', kind: 'command', required: false }], flags: [], perNode: false, summary: 'the commands, or one command in detail' },
  { name: 'exit', args: [], flags: [], perNode: false, summary: 'leave the shell (also quit, Ctrl-D)' },
];

export const ALIASES: Readonly<Record<string, string>> = { quit: 'exit', '?': 'help' };

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === (ALIASES[name] ?? name));
}
