// Pure keep-alive decisions for both ends of a connection.

/** Master: is this worker silent past the limit? */
export function isWorkerSilent(lastKeepAlive: number, now: number, timeoutMs: number): boolean {
  return now - lastKeepAlive > timeoutMs;
}

export interface SenderState {
  lastAck: number;
  missed: number;
}

export type SenderVerdict = { action: 'ok' } | { action: 'reconnect'; reason: string };

/**
 * Worker: after a keep-alive was answered (or not), keep the link or drop it and redial.
 * Like Wazuh, two unanswered keep-alives in a row drop the link; so does silence past the timeout.
 */
export function afterKeepAlive(
  s: SenderState, answered: boolean, now: number, timeoutMs: number, maxMissed = 2,
): { state: SenderState; verdict: SenderVerdict } {
  if (answered) return { state: { lastAck: now, missed: 0 }, verdict: { action: 'ok' } };
  const state = { lastAck: s.lastAck, missed: s.missed + 1 };
  if (state.missed >= maxMissed) {
    return { state, verdict: { action: 'reconnect', reason: `${state.missed} keep-alives unanswered` } };
  }
  if (now - s.lastAck > timeoutMs) {
    return { state, verdict: { action: 'reconnect', reason: `no answer from the master for ${((now - s.lastAck) / 1000).toFixed(1)}s` } };
  }
  return { state, verdict: { action: 'ok' } };
}
