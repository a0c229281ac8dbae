// complete.ts: pure; Tab completion: commands, their options and values, actor paths (one level at a
// time) and node names. Returns what readline's completer returns: [candidates, the word they replace].
import { COMMANDS, commandSpec, type FlagSpec } from './commands';
import { tokenize } from './parse';

export interface CompletionContext {
  /** The actor paths of the connected node. */
  paths: readonly string[];
  /** The cluster's node names. */
  nodes: readonly string[];
}

export function complete(line: string, ctx: CompletionContext): [string[], string] {
  const cut = line.search(/\S*$/);
  const word = line.slice(cut);
  let before: string[];
  try {
    before = tokenize(line.slice(0, cut));
  } catch {
    return [[], word]; // inside an open quote: nothing sensible to offer
  }
  if (before.length === 0) return [startsWith(COMMANDS.map((c) => c.name), word), word];
  const spec = commandSpec(before[0]);
  if (!spec) return [[], word];
  const rest = before.slice(1);
  const last = flagOf(spec.flags, rest[rest.length - 1]);
  if (last && last.value !== 'none' && !rest[rest.length - 1].includes('=')) {
    return [Array.isArray(last.value) ? startsWith(last.value, word) : [], word];
  }
  if (word.startsWith('-')) {
    const used = new Set(rest.map((w) => flagOf(spec.flags, w)?.name));
    return [startsWith(spec.flags.filter((f) => !used.has(f.name)).map((f) => `--${f.name}`), word), word];
  }
  const arg = spec.args[positionalCount(spec.flags, rest)];
  switch (arg?.kind) {
    case 'path': return [completePath(ctx.paths, word), word];
    case 'node': return [startsWith(ctx.nodes, word), word];
    case 'command': return [startsWith(COMMANDS.map((c) => c.name), word), word];
    default: return [[], word];
  }
}

/** Paths that start with `word`, cut after the next segment: "/w" offers "/worker-1", then its children. */
export function completePath(paths: readonly string[], word: string): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    if (!p.startsWith(word)) continue;
    const next = p.indexOf('/', word.length + (p[word.length] === '/' ? 1 : 0));
    out.add(next < 0 ? p : p.slice(0, next));
  }
  return [...out].sort();
}

function flagOf(flags: readonly FlagSpec[], w: string | undefined): FlagSpec | undefined {
  if (!w || !w.startsWith('-')) return undefined;
  const key = w.split('=')[0];
  return key.startsWith('--') ? flags.find((f) => f.name === key.slice(2)) : flags.find((f) => f.short === key.slice(1));
}

function positionalCount(flags: readonly FlagSpec[], words: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const f = flagOf(flags, words[i]);
    if (f) { if (f.value !== 'none' && !words[i].includes('=')) i++; } else n++;
  }
  return n;
}

function startsWith(list: readonly string[], word: string): string[] {
  return list.filter((x) => x.startsWith(word));
}
