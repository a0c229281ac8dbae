// A node's actor system: one nact system, one registry, one root actor.
import { start, stop as nactStop } from 'nact';
import { ActorEnv, ActorHandle, ActorSpec } from './actor';
import { ActorRegistry } from './registry';

export interface ActorSystem<M> {
  root: ActorHandle<M>;
  registry: ActorRegistry;
  /** Stops every actor, deepest first, then the nact system. */
  shutdown(): Promise<void>;
}

export function startActorSystem<S, M>(spec: ActorSpec<S, M>, env: Partial<ActorEnv> = {}): ActorSystem<M> {
  const registry = env.registry ?? new ActorRegistry();
  const system = start();
  const fullEnv: ActorEnv = {
    registry,
    now: env.now ?? Date.now,
    random: env.random ?? Math.random,
    onEvent: env.onEvent,
    onFatal: env.onFatal,
  };
  const root = new ActorHandle<M>(spec, undefined, system, fullEnv);
  return {
    root,
    registry,
    shutdown: async () => {
      await root.stop();
      nactStop(system);
    },
  };
}
