// Actor tables for the shell's pure tests: what the `actors` control command answers.
import type { ActorsView } from '../../actors/control/actor-commands';
import type { ActorInfo } from '../../actors/supervision/registry';
import { newHistogram, observe } from '../../lib/histogram';

export const NOW = Date.UTC(2026, 0, 14, 10, 0, 0);

export function actor(path: string, over: Partial<ActorInfo> = {}): ActorInfo {
  return {
    path, kind: 'Loop', status: 'idle', summary: '', mailbox: 0, handled: 0, dropped: 0, handleTime: newHistogram(), busyMs: 0,
    restarts: 0, lastError: null, startedAt: NOW - 60_000, busySince: null, nextRestartAt: null, failing: false,
    policy: 'restart after 100ms..1s', restartLog: [], recentMessages: [], pendingPipes: 0, tick: null, ...over,
  };
}

export function view(actors: ActorInfo[], now = NOW, node = 'worker-1'): ActorsView {
  return { node, now, actors };
}

/** A histogram holding `n` observations of `seconds` each. */
export function timesOf(seconds: number[]): ActorInfo['handleTime'] {
  const h = newHistogram();
  for (const s of seconds) observe(h, s);
  return h;
}

export const WORKER_TREE = [
  '/worker-1', '/worker-1/agent-server', '/worker-1/dialer', '/worker-1/dialer/master', '/worker-1/dialer/master/agent-groups',
  '/worker-1/dialer/master/agent-info', '/worker-1/dialer/master/integrity', '/worker-1/dialer/master/keep-alive', '/worker-1/log-rotation',
];
