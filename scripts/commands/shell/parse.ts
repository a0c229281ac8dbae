// parse.ts: pure; a shell line into a typed command, or a ShellUsageError that says what is wrong and
// what would be right. Reads the table of commands.ts.
import { parseDuration } from '../../../config/duration';
import { ALIASES, COMMANDS, commandSpec, type CommandSpec, type FlagSpec, LOG_LEVEL_WORDS, TOP_SORTS } from './commands';

export type TopSort = (typeof TOP_SORTS)[number];
export type LogLevelWord = (typeof LOG_LEVEL_WORDS)[number];

export type ShellCommand =
  | { name: 'tree'; path: string | null; cluster: boolean }
  | { name: 'top'; sort: TopSort; limit: number | null }
  | { name: 'info'; path: string }
  | { name: 'trace'; path: string; count: number; durationMs: number }
  | { name: 'timers' | 'nodes' | 'health' | 'agents' | 'ruleset' | 'stats' | 'disconnect' | 'exit' }
  | { name: 'logs'; follow: boolean; level: LogLevelWord | null; task: string | null; lines: number }
  | { name: 'restart' | 'stop'; path: string }
  | { name: 'connect'; node: string }
  | { name: 'help'; topic: string | null };

export const TRACE_DEFAULT_COUNT = 100;
export const TRACE_MAX_COUNT = 10_000;
export const TRACE_DEFAULT_MS = 10_000;
export const TRACE_MAX_MS = 300_000;
export const LOG_DEFAULT_LINES = 20;
export const LOG_MAX_LINES = 1_000;

/** A line the shell cannot run as written: a usage error (exit 2 with -c). */
export class ShellUsageError extends Error {
  override readonly name = 'ShellUsageError';
}

/** Words, with '...' and "..." grouping and backslash escapes outside single quotes. */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw new ShellUsageError(`unterminated ${quote} quote in: ${line}`);
  if (inWord) words.push(cur);
  return words;
}

/** Null for an empty line (or a comment). */
export function parseLine(line: string): ShellCommand | null {
  const words = tokenize(line);
  if (words.length === 0 || words[0].startsWith('#')) return null;
  const spec = commandSpec(words[0]);
  if (!spec) throw new ShellUsageError(unknownCommand(words[0]));
  const { positional, flags } = splitWords(spec, words.slice(1));
  return build(spec, positional, flags);
}

function unknownCommand(word: string): string {
  const names = COMMANDS.map((c) => c.name);
  const w = word.toLowerCase();
  // What it starts, else the nearest by edits (two at most).
  const best = Math.min(...names.map((n) => editDistance(n, w)));
  const prefixed = w.length >= 2 ? names.filter((n) => n.startsWith(w)) : [];
  const near = prefixed.length ? prefixed : best <= 2 ? names.filter((n) => editDistance(n, w) === best) : [];
  return `unknown command ${JSON.stringify(word)}${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}; commands: ${names.join(', ')}; \`help CMD\` for one`;
}

type FlagValues = Map<string, string | true>;

function splitWords(spec: CommandSpec, words: string[]): { positional: string[]; flags: FlagValues } {
  const positional: string[] = [];
  const flags: FlagValues = new Map();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') { positional.push(...words.slice(i + 1)); break; }
    if (!w.startsWith('-') || w === '-' || /^-\d/.test(w)) { positional.push(w); continue; }
    const eq = w.indexOf('=');
    const key = eq > 0 ? w.slice(0, eq) : w;
    const flag = key.startsWith('--') ? spec.flags.find((f) => f.name === key.slice(2)) : spec.flags.find((f) => f.short === key.slice(1));
    if (!flag) throw new ShellUsageError(`${spec.name}: unknown option ${key}${optionsOf(spec)}`);
    if (flags.has(flag.name)) throw new ShellUsageError(`${spec.name}: --${flag.name} is given twice`);
    if (flag.value === 'none') {
      if (eq > 0) throw new ShellUsageError(`${spec.name}: --${flag.name} takes no value`);
      flags.set(flag.name, true);
    } else if (eq > 0) flags.set(flag.name, w.slice(eq + 1));
    else if (i + 1 < words.length) flags.set(flag.name, words[++i]);
    else throw new ShellUsageError(`${spec.name}: --${flag.name} needs a value (${describeValue(flag)})`);
  }
  const most = spec.args.length;
  if (positional.length > most) {
    throw new ShellUsageError(most === 0
      ? `${spec.name} takes no arguments, got ${positional.map((p) => JSON.stringify(p)).join(' ')}${optionsOf(spec)}`
      : `${spec.name} takes at most ${most} argument (${spec.args.map((a) => a.name).join(' ')}), got ${positional.length}`);
  }
  const missing = spec.args.find((a, i) => a.required && positional[i] === undefined);
  if (missing) throw new ShellUsageError(`${spec.name} needs ${missing.name}: ${usageOf(spec)}`);
  return { positional, flags };
}

function build(spec: CommandSpec, pos: string[], flags: FlagValues): ShellCommand {
  const flag = (name: string): string | true | undefined => flags.get(name);
  const path = (): string => checkPath(spec.name, pos[0]);
  switch (spec.name) {
    case 'tree': return { name: 'tree', path: pos[0] === undefined ? null : path(), cluster: flag('cluster') === true };
    case 'top': return { name: 'top', sort: (enumValue(spec, 'sort', flag('sort')) ?? 'busy') as TopSort, limit: intValue(spec, 'limit', flag('limit'), Number.MAX_SAFE_INTEGER) };
    case 'info': return { name: 'info', path: path() };
    case 'trace': return {
      name: 'trace', path: path(),
      count: intValue(spec, 'count', flag('count'), TRACE_MAX_COUNT) ?? TRACE_DEFAULT_COUNT,
      durationMs: secondsValue(spec, 'duration', flag('duration'), TRACE_MAX_MS) ?? TRACE_DEFAULT_MS,
    };
    case 'logs': return {
      name: 'logs', follow: flag('follow') === true,
      level: (enumValue(spec, 'level', flag('level') === 'warn' ? 'warning' : flag('level')) ?? null) as LogLevelWord | null,
      task: typeof flag('task') === 'string' ? flag('task') as string : null,
      lines: intValue(spec, 'lines', flag('lines'), LOG_MAX_LINES) ?? LOG_DEFAULT_LINES,
    };
    case 'restart': case 'stop': return { name: spec.name, path: path() };
    case 'connect': return { name: 'connect', node: checkNode(pos[0]) };
    case 'help': {
      const topic = pos[0] ?? null;
      if (topic !== null && !commandSpec(topic)) throw new ShellUsageError(unknownCommand(topic));
      return { name: 'help', topic: topic === null ? null : ALIASES[topic] ?? topic };
    }
    case 'timers': case 'nodes': case 'health': case 'agents': case 'ruleset': case 'stats': case 'disconnect': case 'exit':
      return { name: spec.name };
    default: throw new Error(`commands.ts lists ${spec.name} but parse.ts does not build it`);
  }
}

const PATH_RE = /^\/[A-Za-z0-9._/-]*$/;

function checkPath(cmd: string, p: string): string {
  if (!PATH_RE.test(p) || p.includes('//')) {
    throw new ShellUsageError(`${cmd}: ${JSON.stringify(p)} is not an actor path: paths start with "/" and name each actor, e.g. /master/listener (see \`tree\`)`);
  }
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

function checkNode(n: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(n)) throw new ShellUsageError(`connect: ${JSON.stringify(n)} is not a node name (letters, digits, _ and -; see \`nodes\`)`);
  return n;
}

function enumValue(spec: CommandSpec, name: string, v: string | true | undefined): string | undefined {
  if (v === undefined || v === true) return undefined;
  const allowed = spec.flags.find((f) => f.name === name)!.value as readonly string[];
  if (!allowed.includes(v)) throw new ShellUsageError(`${spec.name}: --${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v;
}

function intValue(spec: CommandSpec, name: string, v: string | true | undefined, max: number): number | null {
  if (v === undefined || v === true) return null;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new ShellUsageError(`${spec.name}: --${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(v)}`);
  }
  return n;
}

/** "10" (seconds) or a duration with its unit ("500ms", "2m"). */
function secondsValue(spec: CommandSpec, name: string, v: string | true | undefined, maxMs: number): number | null {
  if (v === undefined || v === true) return null;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(v)) ms = Math.round(Number(v) * 1000);
  else {
    try {
      ms = parseDuration(v);
    } catch (err) {
      throw new ShellUsageError(`${spec.name}: --${name} ${(err as Error).message}, or a number of seconds`);
    }
  }
  if (ms < 100 || ms > maxMs) throw new ShellUsageError(`${spec.name}: --${name} must be from 0.1 to ${maxMs / 1000} seconds, got ${JSON.stringify(v)}`);
  return ms;
}

function describeValue(f: FlagSpec): string {
  if (Array.isArray(f.value)) return `one of ${f.value.join(', ')}`;
  return { none: '', int: 'a whole number', seconds: 'seconds', word: 'a word' }[f.value as 'none' | 'int' | 'seconds' | 'word'];
}

function optionsOf(spec: CommandSpec): string {
  return spec.flags.length ? `; options: ${spec.flags.map((f) => `--${f.name}${f.short ? ` (-${f.short})` : ''}`).join(', ')}` : '';
}

/** "trace PATH [--count N] [--duration S]" */
export function usageOf(spec: CommandSpec): string {
  const args = spec.args.map((a) => (a.required ? a.name : `[${a.name}]`));
  const flags = spec.flags.map((f) => {
    const v = f.value === 'none' ? '' : Array.isArray(f.value) ? ` ${f.value.join('|')}` : ` ${({ int: 'N', seconds: 'S', word: 'WORD' } as Record<string, string>)[f.value as string]}`;
    return `[${f.short ? `-${f.short}|` : ''}--${f.name}${v}]`;
  });
  return [spec.name, ...args, ...flags].join(' ');
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}
