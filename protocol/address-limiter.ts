// Counts the open connections of each remote address, so one address cannot take every slot.
export class AddressLimiter {
  private readonly counts = new Map<string, number>();

  constructor(readonly maxPerAddress: number) {
    if (!Number.isSafeInteger(maxPerAddress) || maxPerAddress < 1) throw new RangeError('maxPerAddress must be a positive integer');
  }

  /** Takes a slot for address; false (and nothing taken) when it already holds the maximum. */
  tryAcquire(address: string): boolean {
    const n = this.counts.get(address) ?? 0;
    if (n >= this.maxPerAddress) return false;
    this.counts.set(address, n + 1);
    return true;
  }

  release(address: string): void {
    const n = this.counts.get(address) ?? 0;
    if (n <= 1) this.counts.delete(address);
    else this.counts.set(address, n - 1);
  }

  count(address: string): number {
    return this.counts.get(address) ?? 0;
  }

  /** Addresses holding at least one slot. */
  get addresses(): number {
    return this.counts.size;
  }
}
