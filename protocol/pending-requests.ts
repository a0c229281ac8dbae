// The table of requests awaiting their reply. Every entry leaves it exactly once: on its reply, on its
// deadline or when the connection closes; its timer always goes with it.
import type { Clock, Timer } from '../lib/clock';
import type { Envelope } from './envelope';
import { RemoteError, TimeoutError, WardenError } from './errors';

interface Pending {
  resolve: (env: Envelope) => void;
  reject: (err: WardenError) => void;
  timer: Timer;
  kind: string;
}

/** Request ids are u32 and never 0 (0 means "not a request"). */
const MAX_ID = 0xffffffff;

export class PendingRequests {
  private readonly table = new Map<number, Pending>();
  private lastId = 0;

  constructor(private readonly clock: Clock) {}

  get size(): number {
    return this.table.size;
  }

  /** A fresh id, skipping any still pending after a wrap-around. */
  nextId(): number {
    do this.lastId = this.lastId >= MAX_ID ? 1 : this.lastId + 1;
    while (this.table.has(this.lastId));
    return this.lastId;
  }

  wait(id: number, kind: string, timeoutMs: number): Promise<Envelope> {
    return new Promise<Envelope>((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.table.delete(id);
        reject(new TimeoutError('timeout', `request ${id} (${kind}) got no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.table.set(id, { resolve, reject, timer, kind });
    });
  }

  /**
   * Settles the request a reply answers. An ErrorReply rejects with a WardenError of its code.
   * Returns false when no request has that id (a late reply after a timeout, or a confused peer).
   */
  settle(reply: Envelope): boolean {
    const pending = this.table.get(reply.replyTo);
    if (!pending) return false;
    this.table.delete(reply.replyTo);
    pending.timer.cancel();
    if (reply.body.kind === 'error') {
      const { code, message } = reply.body.value;
      pending.reject(new RemoteError(code, message || `request ${pending.kind} failed on the remote side`));
    } else {
      pending.resolve(reply);
    }
    return true;
  }

  /** Drops one entry whose request could not be sent. */
  cancel(id: number, err: WardenError): void {
    const pending = this.table.get(id);
    if (!pending) return;
    this.table.delete(id);
    pending.timer.cancel();
    pending.reject(err);
  }

  /** Fails every pending request, e.g. with the ClosedError of a lost connection. */
  rejectAll(err: WardenError): void {
    const entries = [...this.table.values()];
    this.table.clear();
    for (const p of entries) {
      p.timer.cancel();
      p.reject(err);
    }
  }
}
