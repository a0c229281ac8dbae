// A min-heap of timed entries: the pure core of the simulator's one shared scheduler. No clock:
// the caller says what time it is. Ties keep insertion order (a sequence number breaks them).

interface Entry<T> {
  due: number;
  seq: number;
  item: T;
}

export class TimerQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(due: number, item: T): void {
    this.heap.push({ due, seq: this.seq++, item });
    this.up(this.heap.length - 1);
  }

  /** The earliest due time, or null when empty. */
  nextDue(): number | null {
    return this.heap.length > 0 ? this.heap[0]!.due : null;
  }

  /** Removes and returns the earliest entry whose due time is <= now, or null. */
  popDue(now: number): T | null {
    const top = this.heap[0];
    if (top === undefined || top.due > now) return null;
    const last = this.heap.pop() as Entry<T>;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top.item;
  }

  clear(): void {
    this.heap.length = 0;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.due < y.due || (x.due === y.due && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a]!;
    this.heap[a] = this.heap[b]!;
    this.heap[b] = t;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
