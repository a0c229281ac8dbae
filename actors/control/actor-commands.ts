// actor-commands.ts: the control commands about a node's own actors: the live table (`actors`), the
// shell's mutations (`actor-restart`, `actor-stop`, behind shell.allow_mutations) and live traces.
import type { ActorInfo, ActorRegistry } from '../supervision/registry';
import { type ActorTracer, TRACE_DEFAULTS, TRACE_MAX } from '../supervision/trace';
import { boolArg, intArg, optionalStringArg, stringArg } from './control-args';
import { ControlError, type ControlRequest } from './control-protocol';

export interface ActorCommandDeps {
  registry: ActorRegistry;
  tracer: ActorTracer;
  nodeName: string;
  now: () => number;
  allowMutations: boolean;
  /** Named in the refusal, so the operator knows which file to edit. */
  configPath: string;
}

export interface ActorsView {
  node: string;
  /** The node's clock when the table was taken: busy-since and next-run times are relative to it. */
  now: number;
  actors: ActorInfo[];
}

type Args = NonNullable<ControlRequest['args']>;

/** The live table; `prefix`: one actor and what is under it; `brief`: without restart logs and stacks. */
export function actorsView(d: ActorCommandDeps, args: Args): ActorsView {
  const prefix = optionalStringArg(args, 'prefix');
  let actors = d.registry.snapshot();
  if (prefix !== undefined) {
    const under = actors.filter((a) => isUnder(a.path, prefix));
    if (under.length === 0) throw noSuchActor(actors.map((a) => a.path), prefix, d.nodeName);
    actors = under;
  }
  if (boolArg(args, 'brief')) actors = actors.map((a) => ({ ...a, restartLog: [], lastError: a.lastError && { ...a.lastError, stack: null } }));
  return { node: d.nodeName, now: d.now(), actors };
}

export function isUnder(path: string, prefix: string): boolean {
  const p = prefix.length > 1 && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return path === p || path.startsWith(p === '/' ? '/' : `${p}/`);
}

/** "no actor ...": with the children of the nearest actor that exists, so the next try is informed. */
export function noSuchActor(paths: readonly string[], path: string, node: string): ControlError {
  if (!path.startsWith('/')) {
    return new ControlError('no_such_actor', `${JSON.stringify(path)} is not an actor path: paths start with "/", e.g. ${paths[0] ?? '/'}`);
  }
  let parent = path.replace(/\/+$/, '');
  while (parent.length > 1 && !paths.includes(parent)) parent = parent.slice(0, parent.lastIndexOf('/')) || '/';
  const depth = parent === '/' ? 1 : parent.split('/').length;
  const children = paths.filter((p) => isUnder(p, parent) && p.split('/').length === depth + 1);
  const hint = children.length ? `; under ${parent}: ${children.map((c) => c.slice(c.lastIndexOf('/') + 1)).join(', ')}` : '';
  return new ControlError('no_such_actor', `no actor ${path} on ${node}${hint}`);
}

/** Restart goes through the supervisor (a failure like any other), so the restart count grows. */
export async function mutateActor(d: ActorCommandDeps, what: 'restart' | 'stop', args: Args): Promise<unknown> {
  const path = stringArg(args, 'path');
  if (!d.allowMutations) {
    throw new ControlError('mutations_disabled',
      `${what} refused: shell.allow_mutations is false on ${d.nodeName}; set "shell: { allow_mutations: true }" in ${d.configPath} and restart that node to allow restart and stop`);
  }
  const controls = d.registry.controlsOf(path);
  const before = d.registry.get(path);
  if (!controls || !before) throw noSuchActor(d.registry.snapshot().map((a) => a.path), path, d.nodeName);
  if (controls.isRoot) throw new ControlError('refused', `${path} is the root of ${d.nodeName}: to ${what} it, restart the daemon`);
  if (what === 'stop') {
    await controls.stop();
    return { node: d.nodeName, path, action: 'stop', status: 'stopped' };
  }
  if (before.status === 'backing-off') {
    return { node: d.nodeName, path, action: 'restart', status: 'backing-off', restarts: before.restarts, note: 'already restarting' };
  }
  controls.crash(new ShellRestart(path));
  return { node: d.nodeName, path, action: 'restart', status: d.registry.get(path)?.status ?? 'failed', restarts: before.restarts, policy: before.policy };
}

/** The failure the shell's `restart` hands the supervisor; named so the restart log says who did it. */
export class ShellRestart extends Error {
  override readonly name = 'ShellRestart';
  constructor(path: string) {
    super(`restart of ${path} requested from the shell`);
    this.stack = `${this.name}: ${this.message}`; // where the control socket called from says nothing useful
  }
}

export function traceStart(d: ActorCommandDeps, args: Args): unknown {
  const path = stringArg(args, 'path');
  if (!d.registry.get(path)) throw noSuchActor(d.registry.snapshot().map((a) => a.path), path, d.nodeName);
  const count = intArg(args, 'count', 1, TRACE_MAX.count, TRACE_DEFAULTS.count);
  const durationMs = intArg(args, 'duration_ms', 100, TRACE_MAX.durationMs, TRACE_DEFAULTS.durationMs);
  return { node: d.nodeName, ...d.tracer.start(path, { count, durationMs }) };
}

export function tracePoll(d: ActorCommandDeps, args: Args, stop: boolean): unknown {
  const id = intArg(args, 'id', 1, Number.MAX_SAFE_INTEGER, 0);
  if (id === 0) throw new ControlError('bad_args', '"id" is required: the id trace-start answered');
  return stop ? d.tracer.stop(id) : d.tracer.poll(id);
}
