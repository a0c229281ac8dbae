// node-control.ts: the commands a node answers about itself on its control socket (actors, stats, logs,
// traces, restart and stop), the `node` command that carries one of them to another node of the cluster
// (through the master), and the rest handed to the node's role (cluster views, agents and groups).
import type { WardenConfig } from '../../config/schema';
import type { ActorRegistry } from '../supervision/registry';
import type { ActorTracer } from '../supervision/trace';
import { type ActorCommandDeps, actorsView, mutateActor, tracePoll, traceStart } from './actor-commands';
import { intArg, objectArg, optionalStringArg, stringArg } from './control-args';
import type { ControlRequest } from './control-protocol';
import { parseLevel } from './log-filter';
import { clusterLogPath, LOG_LINES_MAX, readLogTail } from './log-tail';
import { nodeStats, STATS_SAMPLE_MAX_MS, STATS_SAMPLE_MS } from './node-stats';
import { checkRelayable, RELAY_DEADLINE_MAX_MS, RELAY_DEADLINE_MS } from './relay-policy';

export type ControlHandler = (req: ControlRequest) => Promise<unknown>;

export interface NodeControlDeps {
  config: WardenConfig;
  registry: ActorRegistry;
  tracer: ActorTracer;
  now: () => number;
  /** What the role answers (cluster views, agents, groups; forwarded to the master on a worker). */
  role: ControlHandler;
  /** Carries a command to another node (the master relays it to the named worker). */
  relay: (node: string, req: ControlRequest, deadlineMs: number) => Promise<unknown>;
}

export function nodeControlHandler(d: NodeControlDeps): ControlHandler {
  const actors: ActorCommandDeps = {
    registry: d.registry, tracer: d.tracer, nodeName: d.config.cluster.nodeName, now: d.now,
    allowMutations: d.config.shell.allowMutations, configPath: d.config.configPath,
  };
  const handle = async (req: ControlRequest): Promise<unknown> => {
    const args = req.args ?? {};
    switch (req.command) {
      case 'actors': return actorsView(actors, args);
      case 'stats': return nodeStats(intArg(args, 'sample_ms', 0, STATS_SAMPLE_MAX_MS, STATS_SAMPLE_MS));
      case 'log-tail': {
        const level = optionalStringArg(args, 'level');
        const after = intArg(args, 'after', -1, Number.MAX_SAFE_INTEGER, -1);
        const tail = readLogTail(clusterLogPath(d.config.dataDir), { level: level === undefined ? undefined : parseLevel(level), task: optionalStringArg(args, 'task') },
          intArg(args, 'lines', 1, LOG_LINES_MAX, 20), after < 0 ? null : after);
        return { node: actors.nodeName, ...tail };
      }
      case 'actor-restart': return mutateActor(actors, 'restart', args);
      case 'actor-stop': return mutateActor(actors, 'stop', args);
      case 'trace-start': return traceStart(actors, args);
      case 'trace-poll': return tracePoll(actors, args, false);
      case 'trace-stop': return tracePoll(actors, args, true);
      case 'node': {
        const node = stringArg(args, 'node');
        const inner: ControlRequest = { command: stringArg(args, 'command'), args: objectArg(args, 'args') };
        checkRelayable(inner.command);
        if (node === actors.nodeName) return handle(inner);
        return d.relay(node, inner, intArg(args, 'deadline_ms', 500, RELAY_DEADLINE_MAX_MS, RELAY_DEADLINE_MS));
      }
      default: return d.role(req);
    }
  };
  return handle;
}

/** A command that came over the cluster from another node: only what may travel (relay-policy.ts). */
export function relayedHandler(local: ControlHandler): ControlHandler {
  return async (req) => {
    checkRelayable(req.command);
    return local(req);
  };
}
