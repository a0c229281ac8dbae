// helpers.ts: candidates of an election in this process, each with its own etcd client (as separate
// masters would have), recording what the election told them.
import type { Etcd3 } from 'etcd3';
import { openEtcd } from '../../actors/ha/etcd-client';
import { EtcdElection, type EtcdUnreachableError, type LeaderInfo } from '../../actors/ha/etcd-election';
import type { LostReason } from '../../actors/ha/leadership';

export type Seen =
  | { ev: 'elected'; epoch: number }
  | { ev: 'lost'; reason: LostReason; detail: string }
  | { ev: 'unreachable'; message: string }
  | { ev: 'leader'; leader: LeaderInfo | null };

export class Candidate {
  readonly seen: Seen[] = [];
  readonly client: Etcd3;
  readonly election: EtcdElection;

  constructor(readonly node: string, endpoint: string, prefix: string, leaseTtlMs: number) {
    this.client = openEtcd({ endpoints: [endpoint], callTimeoutMs: 1_000 });
    this.election = new EtcdElection({
      client: this.client, prefix, leaseTtlMs, node, address: `${node}.test:1516`,
      events: {
        elected: (epoch) => this.seen.push({ ev: 'elected', epoch }),
        lost: (reason, detail) => this.seen.push({ ev: 'lost', reason, detail }),
        unreachable: (err: EtcdUnreachableError) => this.seen.push({ ev: 'unreachable', message: err.message }),
        leaderChanged: (leader) => this.seen.push({ ev: 'leader', leader }),
      },
    });
  }

  start(): this {
    this.election.start();
    return this;
  }

  get leads(): boolean {
    return this.election.canWrite();
  }

  get epoch(): number | null {
    return this.election.status().epoch;
  }

  events<E extends Seen['ev']>(ev: E): Extract<Seen, { ev: E }>[] {
    return this.seen.filter((s): s is Extract<Seen, { ev: E }> => s.ev === ev);
  }

  async close(): Promise<void> {
    await this.election.stop();
    this.client.close();
  }
}

export async function waitFor(cond: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

let n = 0;
/** A key prefix of its own for each test, so that tests sharing one etcd never see each other. */
export function freshPrefix(): string {
  return `/warden/test-${process.pid}-${++n}`;
}
