// A node's actor system: one nact system, one registry, one root actor.
import { start, stop as nactStop } from 'nact';
import { systemClock } from '../../lib/clock';
import { ActorEnv, ActorHandle, ActorSpec } from './actor';
import { ActorRegistry } from './registry';
import { ActorTracer } from './trace';

export interface ActorSystem<M> {
  root: ActorHandle<M>;
  registry: ActorRegistry;
  tracer: ActorTracer;
  /** Resolves once no actor handles a message and every mailbox is empty (tests on a manual clock). */
  idle(maxTurns?: number): Promise<void>;
  /** Stops every actor, deepest first, then the nact system. */
  shutdown(): Promise<void>;
}

export function startActorSystem<S, M>(spec: ActorSpec<S, M>, env: Partial<ActorEnv> = {}): ActorSystem<M> {
  const registry = env.registry ?? new ActorRegistry();
  const system = start();
  const clock = env.clock ?? systemClock;
  const tracer = env.tracer ?? new ActorTracer(clock);
  const fullEnv: ActorEnv = {
    registry,
    tracer,
    clock,
    random: env.random ?? Math.random,
    onEvent: env.onEvent,
    onFatal: env.onFatal,
  };
  const root = new ActorHandle<M>(spec, undefined, system, fullEnv);
  return {
    root,
    registry,
    tracer,
    idle: async (maxTurns = 10_000) => {
      // Two quiet turns in a row: a message handled in one turn may post another in the next.
      let quiet = 0;
      for (let i = 0; i < maxTurns && quiet < 2; i++) {
        await new Promise((r) => setImmediate(r));
        const busy = registry.snapshot().some((a) => a.mailbox > 0 || a.busySince !== null || a.pendingPipes > 0);
        quiet = busy ? 0 : quiet + 1;
      }
    },
    shutdown: async () => {
      tracer.close();
      await root.stop();
      nactStop(system);
    },
  };
}
