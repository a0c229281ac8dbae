// signal.ts: a "something changed" notice from a service to whoever listens (an actor, which turns it
// into a message in its mailbox). Listeners subscribe at their start and unsubscribe at their stop.

export class Signal {
  private readonly listeners = new Set<() => void>();

  fire(): void {
    for (const fn of this.listeners) fn();
  }

  /** Returns the function that unsubscribes. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
