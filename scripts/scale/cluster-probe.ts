// cluster-probe.ts: what the master says about the cluster (connected nodes, agents and where they
// are served), and whether a node's own control socket answers.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import type { NodeRow } from '../../actors/master/cluster-views';

export interface AgentRow { id: string; name: string; status: string; node: string | null }

export interface MasterView {
  /** Node name -> connected (the master itself included); a node the master forgot is absent. */
  connected: Map<string, boolean>;
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
    return { connected: new Map(nodes.nodes.map((n) => [n.name, n.connected])), agents: agents.agents };
  } catch {
    return null;
  }
}

export function activeAgentsOn(view: MasterView, node: string): AgentRow[] {
  return view.agents.filter((a) => a.status === 'active' && a.node === node);
}

/** Sends one registry command to the master (agent-remove, group-create ...). */
export function askMaster(masterDataDir: string, command: string, args: Record<string, unknown> = {}): Promise<unknown> {
  return askNode(controlSocketPath(masterDataDir), { command, args }, 5_000);
}
