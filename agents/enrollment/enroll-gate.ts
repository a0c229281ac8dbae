// What a node checks before an enrollment request goes on to the decision (its own on the master, the
// master's through the link on a worker): the source address's rate, authd's password, the node's rate
// of registrations. Pure: time comes from `now`, the decision is the caller's.
import { type BucketLimit, KeyedTokenBuckets, TokenBucket } from '../../lib/token-bucket';
import { checkPassword } from './enroll-password';
import { formatEnrollFailure, parseEnrollReply } from './enroll-request';

/** A refusal the agent can act on: it retries later, as it does when the master cannot be reached. */
export const TOO_MANY_REQUESTS_REPLY = formatEnrollFailure('ERROR: Too many enrollment requests, try again later');

export interface EnrollGateOptions {
  /** authd.pass; null when enrollment needs none. */
  password: string | null;
  /** Every complete request from one address counts, a wrong password too. */
  perAddress: BucketLimit;
  /** Keys issued through this node's port. */
  perNode: BucketLimit;
  /** Addresses followed one by one; the rest share one bucket. */
  maxAddresses: number;
  now: () => number;
}

type Refusal = 'addressRate' | 'password' | 'nodeRate';

type GateVerdict =
  /** The request to decide, its password part removed. */
  | { pass: true; request: string }
  | { pass: false; reply: string; reason: Refusal };

export class EnrollGate {
  private readonly byAddress: KeyedTokenBuckets;
  private readonly node: TokenBucket;
  /** Refusals so far, by reason (the bench and the shell read them). */
  readonly refused: Record<Refusal, number> = { addressRate: 0, password: 0, nodeRate: 0 };
  /** Requests past the gate: keys issued, refused by the decision, decisions that failed (/metrics reads them). */
  readonly decided = { issued: 0, refused: 0, failed: 0 };

  constructor(private readonly opts: EnrollGateOptions) {
    this.byAddress = new KeyedTokenBuckets(opts.perAddress, opts.maxAddresses);
    this.node = new TokenBucket(opts.perNode, opts.now());
  }

  /** In authd's spirit, cheapest first: the address's rate, the password, then the node's rate. */
  admit(line: string, sourceIp: string): GateVerdict {
    const now = this.opts.now();
    if (!this.byAddress.take(sourceIp, now)) return this.refuse('addressRate', TOO_MANY_REQUESTS_REPLY);
    let request = line;
    if (this.opts.password !== null) {
      const check = checkPassword(line, this.opts.password);
      if (!check.ok) return this.refuse('password', check.reply);
      request = check.request;
    }
    // Only issued keys are charged (after the decision), so refused requests cannot use up the node's rate.
    if (this.node.available(now) < 1) return this.refuse('nodeRate', TOO_MANY_REQUESTS_REPLY);
    return { pass: true, request };
  }

  /** A key was issued through this node's port. */
  registered(): void {
    this.decided.issued++;
    this.node.charge(this.opts.now());
  }

  private refuse(reason: Refusal, reply: string): GateVerdict {
    this.refused[reason]++;
    return { pass: false, reply, reason };
  }
}

/** `decide` behind the gate: refused requests never reach it; the keys it issues are counted. */
export function gatedDecider(gate: EnrollGate, decide: (request: string, sourceIp: string) => Promise<string>): (line: string, sourceIp: string) => Promise<string> {
  return async (line, sourceIp) => {
    const verdict = gate.admit(line, sourceIp);
    if (!verdict.pass) return verdict.reply;
    let reply: string;
    try {
      reply = await decide(verdict.request, sourceIp);
    } catch (err) {
      gate.decided.failed++; // counted, and still the caller's to answer and log
      throw err;
    }
    if (parseEnrollReply(reply)) gate.registered();
    else gate.decided.refused++;
    return reply;
  };
}
