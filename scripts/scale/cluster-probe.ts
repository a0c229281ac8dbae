// cluster-probe.ts: what the master says about the cluster (connected nodes, agents and where they
// are served, each master's role), and whether a node's own control socket answers. With several masters
// any of them is asked: a standby passes `nodes` and `agents` on to the leader, so every answer is the
// leader's view.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import type { NodeRow } from '../../actors/master/cluster-views';

export interface AgentRow { id: string; name: string; status: string; node: string | null }

export interface MasterView {
  /** Node name -> connected (the master itself included); a node the master forgot is absent. */
  connected: Map<string, boolean>;
  /** Node name -> leader, standby or worker, as the leader lists them. */
  roles: Map<string, NodeRow['role']>;
  /** The master that answered for the cluster (the leader), and its epoch (0 without etcd). */
  leader: { name: string; epoch: number } | null;
  agents: AgentRow[];
}

const ASK_TIMEOUT_MS = 2_000;

/** Whether the node with this data folder answers on its control socket (`actors` is answered locally). */
export async function nodeAnswers(dataDir: string): Promise<boolean> {
  try {
    await askNode(controlSocketPath(dataDir), { command: 'actors' }, ASK_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

/** The master's view, or null when it does not answer. */
export async function masterView(masterDataDir: string): Promise<MasterView | null> {
  const socket = controlSocketPath(masterDataDir);
  try {
    const nodes = (await askNode(socket, { command: 'nodes' }, ASK_TIMEOUT_MS)) as { nodes: NodeRow[] };
    const agents = (await askNode(socket, { command: 'agents' }, ASK_TIMEOUT_MS)) as { agents: AgentRow[] };
    const head = nodes.nodes.find((n) => n.role === 'leader');
    return {
      connected: new Map(nodes.nodes.map((n) => [n.name, n.connected])),
      roles: new Map(nodes.nodes.map((n) => [n.name, n.role])),
      leader: head ? { name: head.name, epoch: head.epoch ?? 0 } : null,
      agents: agents.agents,
    };
  } catch {
    return null;
  }
}

/** The first view any of these masters' data folders answers with (a standby's is its leader's), or null. */
export async function anyMasterView(masterDataDirs: readonly string[]): Promise<MasterView | null> {
  for (const dir of masterDataDirs) {
    const v = await masterView(dir);
    if (v) return v;
  }
  return null;
}

export function activeAgentsOn(view: MasterView, node: string): AgentRow[] {
  return view.agents.filter((a) => a.status === 'active' && a.node === node);
}

/** Sends one registry command to the master (agent-remove, group-create ...). */
export function askMaster(masterDataDir: string, command: string, args: Record<string, unknown> = {}): Promise<unknown> {
  return askNode(controlSocketPath(masterDataDir), { command, args }, 5_000);
}
