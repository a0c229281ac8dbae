// The message counters of the secure protocol, as pure values: the sender's next pair and the
// receiver's last pair per agent. Persisting them (Wazuh's queue/rids) is the caller's job.

export interface CounterPair {
  global: number;
  local: number;
}

/** Wazuh wraps the local counter after 9997 and bumps the global one. */
export const LOCAL_COUNTER_WRAP = 9997;

/** The sender's counters: next() returns the pair for the next message and the state after it. */
export class SenderCounters {
  private constructor(private readonly last: CounterPair) {}

  static start(from: CounterPair = { global: 0, local: 0 }): SenderCounters {
    return new SenderCounters({ ...from });
  }

  current(): CounterPair {
    return { ...this.last };
  }

  next(): { pair: CounterPair; counters: SenderCounters } {
    const pair = this.last.local >= LOCAL_COUNTER_WRAP
      ? { global: this.last.global + 1, local: 1 }
      : { global: this.last.global, local: this.last.local + 1 };
    return { pair, counters: new SenderCounters(pair) };
  }
}

interface ReceiverCheck {
  /** Whether the message may be processed. */
  accepted: boolean;
  /** The receiver's last pair after this message. */
  last: CounterPair;
}

/**
 * The receiver's side. Without enforcement (Wazuh's default: agents and test tools may send fixed
 * counters) every pair is accepted and recorded. With it, a pair must be strictly after the last one;
 * an older or repeated pair is refused and the last pair kept. Re-keying starts a fresh tracker.
 */
export function checkReceivedCounters(last: CounterPair | null, got: CounterPair, enforce: boolean): ReceiverCheck {
  if (!enforce || last === null) return { accepted: true, last: { ...got } };
  const newer = got.global > last.global || (got.global === last.global && got.local > last.local);
  return newer ? { accepted: true, last: { ...got } } : { accepted: false, last: { ...last } };
}
