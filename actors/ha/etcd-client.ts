// etcd-client.ts: the etcd3 client of master high availability, set up for an election that keeps its
// own time: every unary call has a deadline, and etcd3's own pacing (a per-host circuit breaker that
// refuses every call for 5 s after three failures, watch reconnects backing off up to 30 s) is replaced,
// because the election already retries on its own schedule and must see etcd come back at once.
import { Etcd3, type IOptions } from 'etcd3';

export interface EtcdClientOptions {
  /** URLs, as cluster.etcd.endpoints holds them ("http://host:port", "https://host:port"). */
  endpoints: readonly string[];
  /** Deadline of each unary call (grant, range, txn, revoke). */
  callTimeoutMs: number;
  /** Pause before a broken watch stream is opened again. Default 500 ms. */
  watchRetryMs?: number;
}

type FaultHandling = NonNullable<IOptions['faultHandling']>;

/** A host policy that lets every call through: etcd3 only ever calls execute() on it. */
function passThrough(): ReturnType<NonNullable<FaultHandling['host']>> {
  const policy = { execute: <T>(fn: (context: { signal: AbortSignal }) => PromiseLike<T> | T) => Promise.resolve().then(() => fn({ signal: new AbortController().signal })) };
  return policy as unknown as ReturnType<NonNullable<FaultHandling['host']>>;
}

/** A constant backoff (cockatiel's IBackoff shape) for etcd3's watch reconnects. */
function constantBackoff(ms: number): NonNullable<FaultHandling['watchBackoff']> {
  const b = { duration: ms, next: () => b };
  return b;
}

export function openEtcd(o: EtcdClientOptions): Etcd3 {
  if (o.endpoints.length === 0) throw new Error('openEtcd: no endpoints (cluster.etcd.endpoints must list at least one)');
  return new Etcd3({
    hosts: [...o.endpoints],
    dialTimeout: o.callTimeoutMs,
    defaultCallOptions: (ctx) => (ctx.isStream ? {} : { deadline: Date.now() + o.callTimeoutMs }),
    faultHandling: { host: () => passThrough(), watchBackoff: constantBackoff(o.watchRetryMs ?? 500) },
  });
}
