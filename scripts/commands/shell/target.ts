// target.ts: which node the shell inspects, and how a command reaches it: the local node's control
// socket, or through it (and the master) to another node with the `node` control command.
import { askNode } from '../../../actors/control/control-client';
import { RELAY_DEADLINE_MS } from '../../../actors/control/relay-policy';

/** Local commands answer quickly; `stats` samples for half a second. */
const LOCAL_TIMEOUT_MS = 15_000;
/** What the shell waits beyond the relay's deadline: the answer still has to come back. */
const RELAY_SLACK_MS = 2_000;

export class ShellTarget {
  /** The node inspected now; null: the local node. */
  private remote: string | null = null;

  constructor(readonly socketPath: string, readonly localNode: string) {}

  get node(): string {
    return this.remote ?? this.localNode;
  }

  get isRemote(): boolean {
    return this.remote !== null;
  }

  connect(node: string | null): void {
    this.remote = node === null || node === this.localNode ? null : node;
  }

  /** A command about the inspected node (relayed when it is another one). */
  askNode(command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    return this.askOn(this.node, command, args);
  }

  /** A command about a named node: the local socket, or the relay through the master. */
  askOn(node: string, command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    if (node === this.localNode) return askNode(this.socketPath, { command, args }, LOCAL_TIMEOUT_MS);
    return askNode(this.socketPath, { command: 'node', args: { node, command, args, deadline_ms: RELAY_DEADLINE_MS } }, RELAY_DEADLINE_MS + RELAY_SLACK_MS);
  }

  /** A cluster-wide view (nodes, health, agents, ruleset): the local node answers (a worker asks the master). */
  askLocal(command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    return askNode(this.socketPath, { command, args }, LOCAL_TIMEOUT_MS);
  }
}
