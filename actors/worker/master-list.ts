// master-list.ts: pure; which master a worker dials next. cluster.nodes lists every master (just one
// without etcd): the worker goes round them in turn, and a standby's NotLeader answer sends it straight to
// the leader's address. Only a whole round of failures calls for the redial policy's delay (redial-policy.ts).
import type { NodeAddress } from '../../config/address';

export type NextDial =
  /** Another address of this round is left: dial it at once. */
  | { kind: 'next'; address: NodeAddress }
  /** Every address failed in this round: wait as the redial policy says, then start again. */
  | { kind: 'round-failed'; address: NodeAddress };

export function addressText(a: NodeAddress): string {
  return a.host.includes(':') ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}

const same = (a: NodeAddress, b: NodeAddress): boolean => a.host === b.host && a.port === b.port;

export class MasterList {
  private index = 0;
  /** The leader a standby pointed to: dialed before the configured list, once per redirect. */
  private redirect: NodeAddress | null = null;
  /** Addresses failed since the round began. */
  private failedInRound = 0;
  /** One redirect per round: two standbys naming each other cannot bounce the worker between them. */
  private redirected = false;

  constructor(private readonly configured: readonly NodeAddress[]) {
    if (configured.length === 0) throw new Error('a worker needs at least one master address (cluster.nodes)');
  }

  get size(): number {
    return this.configured.length;
  }

  /** The address to dial now. */
  current(): NodeAddress {
    return this.redirect ?? this.configured[this.index];
  }

  /** What cluster.nodes lists, for messages. */
  describe(): string {
    return this.configured.map(addressText).join(', ');
  }

  /** The dial of current() failed (no connection, a refusal, or a master that does not lead). */
  failed(): NextDial {
    if (this.redirect) {
      // A redirect that fails does not count against the round: the list is still to be tried.
      this.redirect = null;
      return { kind: 'next', address: this.current() };
    }
    this.index = (this.index + 1) % this.configured.length;
    this.failedInRound++;
    if (this.failedInRound >= this.configured.length) {
      this.failedInRound = 0;
      this.redirected = false;
      return { kind: 'round-failed', address: this.current() };
    }
    return { kind: 'next', address: this.current() };
  }

  /**
   * A master answered that another one leads, at `leader`. Returns false when it is not followed (the
   * leader named is the address that just answered so, or this round already followed a redirect): the
   * caller then counts the answer as a failure.
   */
  redirectTo(leader: NodeAddress): boolean {
    if (this.redirected || same(leader, this.current())) return false;
    this.redirect = leader;
    this.redirected = true;
    return true;
  }

  /** Joined current(): the next dial (after a lost connection) starts from it, and a new round begins. */
  joined(): void {
    this.failedInRound = 0;
    this.redirected = false;
    if (this.redirect) {
      const i = this.configured.findIndex((a) => same(a, this.redirect!));
      // A leader outside cluster.nodes stays the redirect until it fails; one inside becomes the cursor.
      if (i >= 0) {
        this.index = i;
        this.redirect = null;
      }
    }
  }
}
