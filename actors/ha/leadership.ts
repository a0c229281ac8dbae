// leadership.ts: pure; may this master still accept writes? The fencing rule of master high
// availability (issue 14), decided from the lease's TTL and the times its keep-alives were confirmed.
//
// etcd expires a lease TTL after the last keep-alive it *received*. A keep-alive is received after it
// was sent, so a keep-alive sent at S and answered keeps the lease alive until at least S + TTL on etcd's
// side, whenever the answer arrives. A leader therefore counts from the send time of its last answered
// keep-alive (never from the answer's arrival) and stops accepting writes at S + TTL - margin: strictly
// before etcd can expire the lease and let another master lead. The margin covers clock rate
// differences between hosts and a write already under way when the deadline passes.
//
// Nothing here waits for etcd to say anything: a process paused (SIGSTOP, a VM freeze, a long GC) past
// its deadline reads the monotonic clock when it resumes and finds itself fenced, before it could act as
// a second leader. Times are from a monotonic clock (ms), never the wall clock, which may jump.

/** Why a leader stopped leading. */
export type LostReason =
  /** etcd said the lease is gone, or no keep-alive was answered in time though none failed (a pause). */
  | 'lease lapsed'
  /** Keep-alives failed (refused, timed out) until the deadline: etcd cannot be reached. */
  | 'etcd unreachable'
  /** The leader key was removed by someone else (an operator, another tool). */
  | 'key removed'
  /** This node stepped down (a graceful stop). */
  | 'resigned';

/** The lease of one campaign, as this node knows it. */
export interface LeaseView {
  /** The TTL etcd granted (never longer than asked for). */
  ttlMs: number;
  /** Send time of the latest keep-alive (or of the grant) that etcd answered. */
  confirmedAt: number;
  /** Since when keep-alives have failed without an answer in between; null: none failed since confirmedAt. */
  failingSince: number | null;
}

export type WriteVerdict =
  | { writable: true; until: number }
  | { writable: false; reason: 'lease lapsed' | 'etcd unreachable'; detail: string };

/** How long before the lease could expire a leader stops writing: a third of the TTL, at least 1 s. */
export function fenceMarginMs(ttlMs: number): number {
  return Math.max(1_000, Math.floor(ttlMs / 3));
}

/** The moment a leader confirmed at `confirmedAt` stops accepting writes. */
export function writableUntil(confirmedAt: number, ttlMs: number): number {
  return confirmedAt + ttlMs - fenceMarginMs(ttlMs);
}

/**
 * How often keep-alives are sent: three tries fit in the writable window (TTL - margin), so one slow or
 * lost answer does not fence a healthy leader. 5 s TTL: every ~1.1 s; 2 s TTL: every ~333 ms.
 */
export function keepAlivePeriodMs(ttlMs: number): number {
  return Math.max(100, Math.floor((ttlMs - fenceMarginMs(ttlMs)) / 3));
}

/** A lease just granted: the grant request's send time counts as its first confirmation. */
export function granted(sentAt: number, askedTtlMs: number, grantedTtlMs: number): LeaseView {
  return { ttlMs: effectiveTtl(askedTtlMs, grantedTtlMs), confirmedAt: sentAt, failingSince: null };
}

/**
 * A keep-alive sent at `sentAt` was answered with `ttlMs` left. An answer to an older keep-alive never
 * moves the confirmation back; a shorter TTL in the answer is believed (a longer one is not needed).
 */
export function confirmed(v: LeaseView, sentAt: number, ttlMs: number): LeaseView {
  if (sentAt < v.confirmedAt) return v;
  return { ttlMs: effectiveTtl(v.ttlMs, ttlMs), confirmedAt: sentAt, failingSince: null };
}

/** A keep-alive failed (refused, or no answer within its timeout) at `at`. */
export function keepAliveFailed(v: LeaseView, at: number): LeaseView {
  return v.failingSince !== null ? v : { ...v, failingSince: at };
}

/** May a leader holding this lease accept a write at `now`? */
export function writeVerdict(v: LeaseView, now: number): WriteVerdict {
  const until = writableUntil(v.confirmedAt, v.ttlMs);
  if (now < until) return { writable: true, until };
  const silentS = ((now - v.confirmedAt) / 1_000).toFixed(1);
  const limits = `the lease lasts ${v.ttlMs / 1_000}s; writes stop ${fenceMarginMs(v.ttlMs) / 1_000}s before`;
  if (v.failingSince !== null) {
    return { writable: false, reason: 'etcd unreachable', detail: `no keep-alive answered for ${silentS}s, failing since ${((now - v.failingSince) / 1_000).toFixed(1)}s ago (${limits})` };
  }
  return { writable: false, reason: 'lease lapsed', detail: `no keep-alive answered for ${silentS}s (${limits}); was this process paused?` };
}

function effectiveTtl(a: number, b: number): number {
  // etcd answers TTL 0 for a lease it no longer has; the caller treats that as lapsed before coming here.
  return b > 0 ? Math.min(a, b) : a;
}
