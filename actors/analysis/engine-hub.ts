// engine-hub.ts: where a node's integrity sync finds its analysis engine. The agent side registers the
// EngineHost; the worker's connection (spawned earlier, restarted with every reconnect) asks for a
// reload and for the status it reports to the master. Keyed by the node's context, so neither needs
// the other as a dependency and the hub outlives restarts of both.
import type { NodeContext } from '../node/node-context';
import type { EngineStatus } from './engine-messages';

export interface ReloadableEngine {
  reload(): Promise<void>;
  status(): EngineStatus;
}

/** Longest the integrity sync waits for a reload before it reports (the reload goes on regardless). */
const RELOAD_WAIT_MS = 30_000;

export class EngineHub {
  private engine: ReloadableEngine | null = null;
  private pending = false;

  attach(engine: ReloadableEngine): void {
    this.engine = engine;
    if (this.pending) { this.pending = false; void engine.reload(); }
  }

  detach(engine: ReloadableEngine): void {
    if (this.engine === engine) this.engine = null;
  }

  /** Rules, decoders or lists changed on disk: rebuild. Resolves when the new engine runs or was refused. */
  rulesetChanged(): Promise<void> {
    if (!this.engine) { this.pending = true; return Promise.resolve(); }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => { timer = setTimeout(resolve, RELOAD_WAIT_MS); });
    return Promise.race([this.engine.reload(), waited]).finally(() => clearTimeout(timer));
  }

  status(): EngineStatus | null {
    return this.engine?.status() ?? null;
  }
}

const HUBS = new WeakMap<NodeContext, EngineHub>();

export function engineHubOf(ctx: NodeContext): EngineHub {
  let hub = HUBS.get(ctx);
  if (!hub) HUBS.set(ctx, (hub = new EngineHub()));
  return hub;
}
