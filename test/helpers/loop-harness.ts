// loop-harness.ts: one loop actor alone, as its connection would hold it, on a manual clock.
//
// The loop is spawned under a root that stands for its connection: the root's childFailed hook records
// what the loop hands up (a link failure), so a test sees an escalation as a message, not a crash. Peers
// are a real session over the in-memory transport (memoryPeerPair); `onManualDeadline` moves a request's
// deadline onto the manual clock, so a timeout is driven by advance() and never waited for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ActorHandle, ActorSpec, SupervisionEvent } from '../../actors/supervision/actor';
import { startActorSystem, type ActorSystem } from '../../actors/supervision/system';
import type { ActorInfo } from '../../actors/supervision/registry';
import { routeRequest, type PeerRequest } from '../../actors/node/peer-events';
import type { Clock } from '../../lib/clock';
import type { Body, Envelope } from '../../protocol/envelope';
import { TimeoutError } from '../../protocol/errors';
import { Keyring } from '../../protocol/keyring';
import { memoryPeerPair, type MemoryPeers } from '../../protocol/memory-transport';
import type { Peer, PeerOptions } from '../../protocol/peer';
import type { Requester } from '../../protocol/request';
import { generateKey } from '../../scripts/keygen';
import { ManualClock } from './manual-clock';

/** The root's name: loops live at /conn/<name>. */
const ROOT = 'conn';

interface Escalation {
  path: string;
  error: Error;
}

type RootMsg = { type: 'childFailed'; path: string; error: Error };

/** Real-time deadline given to the Peer under a manual one: far enough never to fire in a test. */
const FAR_MS = 10 * 60_000;

export class LoopHarness {
  readonly clock = new ManualClock();
  /** What loops handed to their parent (the connection), in order. */
  readonly escalations: Escalation[] = [];
  readonly events: SupervisionEvent[] = [];
  readonly fatal: Error[] = [];
  readonly system: ActorSystem<RootMsg>;
  private readonly peers: Peer[] = [];
  private readonly dirs: string[] = [];
  /** Promises nobody handled while this harness ran: shutdown() fails on any. */
  private readonly rejections: unknown[] = [];
  private readonly onRejection = (r: unknown): void => { this.rejections.push(r); };

  /** `random` feeds the backoff jitter: 0 gives the undiminished delays (100, 200, 400...). */
  constructor(random: () => number = () => 0) {
    process.on('unhandledRejection', this.onRejection);
    this.system = startActorSystem<null, RootMsg>(
      {
        name: ROOT, kind: 'TestConnection', init: () => null,
        childFailed: (child, error) => ({ type: 'childFailed', path: child.path, error }),
        receive: (s, m) => { this.escalations.push({ path: m.path, error: m.error }); return s; },
      },
      { clock: this.clock, random, onEvent: (e) => this.events.push(e), onFatal: (e) => this.fatal.push(e) },
    );
  }

  spawn<S, M>(spec: ActorSpec<S, M>): ActorHandle<M> {
    return this.system.root.spawn(spec);
  }

  /** The registry's record of a loop (undefined once it failed for good or stopped). */
  info(name: string): ActorInfo {
    const i = this.system.registry.get(`/${ROOT}/${name}`);
    if (!i) throw new Error(`no actor /${ROOT}/${name} in the registry`);
    return i;
  }

  has(name: string): boolean {
    return this.system.registry.get(`/${ROOT}/${name}`) !== undefined;
  }

  /** Until no actor is busy, bounded (a loop awaiting an answer that never comes is busy for good). */
  idle(maxTurns = 2_000): Promise<void> {
    return this.system.idle(maxTurns);
  }

  /** Moves the manual clock, letting the actors settle after every timer on the way. */
  advance(ms: number, maxTurns?: number): Promise<void> {
    return this.clock.advance(ms, () => this.idle(maxTurns));
  }

  /**
   * Follows `count` failures of the loop `name` through its restarts: before each, `beforeFailure(i)` may
   * bring the failure about (or wait for it); then its delay and `failing` are read and the clock moves past
   * the delay. Returns what was read, in order.
   */
  async followRestarts(name: string, count: number, beforeFailure: (i: number) => Promise<void> = async () => {}): Promise<{ delays: number[]; failing: boolean[] }> {
    const delays: number[] = [];
    const failing: boolean[] = [];
    for (let i = 0; i < count; i++) {
      await beforeFailure(i);
      const info = this.info(name);
      delays.push(info.lastError!.restartInMs!);
      failing.push(info.failing);
      await this.advance(info.lastError!.restartInMs!);
    }
    return { delays, failing };
  }

  /**
   * Expects the loop `name` to hand exactly one failure to its connection `waitMs` after now (not a
   * millisecond earlier), of class `errClass` with a message matching `message`.
   */
  async expectEscalation(name: string, errClass: new (...args: never[]) => Error, message: RegExp, waitMs = 0): Promise<void> {
    if (waitMs > 0) {
      await this.advance(waitMs - 1);
      expect(this.escalations).toEqual([]);
      await this.advance(1);
    }
    await this.until(() => this.escalations.length > 0, `${name} to escalate`);
    expect(this.escalations).toHaveLength(1);
    expect(this.escalations[0].path).toBe(`/${ROOT}/${name}`);
    expect(this.escalations[0].error).toBeInstanceOf(errClass);
    expect(this.escalations[0].error.message).toMatch(message);
  }

  /**
   * Waits for real I/O (files, SQLite, streams) to bring `cond` about, by turns of the event loop; never
   * moves the clock. Fails after `realMs` of real time, naming `what`.
   */
  async until(cond: () => boolean, what: string, realMs = 5_000): Promise<void> {
    const end = Date.now() + realMs;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await this.idle(50);
      await new Promise((r) => setImmediate(r));
    }
  }

  /** A worker and a master Peer over the in-memory transport, with a fresh cluster key; closed by shutdown(). */
  async peerPair(options: PeerOptions = {}): Promise<MemoryPeers> {
    const pair = await memoryPeerPair(new Keyring({ key: generateKey() }), options);
    this.peers.push(pair.worker, pair.master);
    return pair;
  }

  tempDir(prefix = 'warden-loops-'): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.dirs.push(d);
    return d;
  }

  /** The delays the loop was restarted after, oldest first (the registry keeps the last ten). */
  restartDelays(name: string): (number | null)[] {
    return this.info(name).restartLog.map((f) => f.restartInMs);
  }

  async shutdown(): Promise<void> {
    try {
      await this.system.shutdown();
      for (const p of this.peers) p.close();
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('unhandledRejection', this.onRejection);
      for (const d of this.dirs) fs.rmSync(d, { recursive: true, force: true });
    }
    if (this.rejections.length > 0) throw new Error(`unhandled rejections: ${this.rejections.map(String).join('; ')}`);
  }
}

/**
 * A Requester over a real Peer whose deadlines run on `clock`: the request goes over the Peer with a
 * far-off real deadline, and when the manual one passes it rejects with the TimeoutError ('timeout') the
 * Peer's own deadline raises (protocol/pending-requests.ts). Replies, ErrorReplies and a close pass through.
 */
export function onManualDeadline(peer: Peer, clock: Clock): Requester {
  return {
    request(b: Body, timeoutMs = 20_000): Promise<Envelope> {
      return new Promise<Envelope>((resolve, reject) => {
        let settled = false;
        const timer = clock.setTimeout(() => {
          if (settled) return;
          settled = true;
          reject(new TimeoutError('timeout', `request (${b.kind}) got no reply within ${timeoutMs} ms`));
        }, timeoutMs);
        peer.request(b, FAR_MS).then(
          (env) => { if (!settled) { settled = true; timer.cancel(); resolve(env); } },
          (err: unknown) => { if (!settled) { settled = true; timer.cancel(); reject(err); } },
        );
      });
    },
  };
}

/** The Peer itself, but with request() on the manual clock as above (for loops typed on Peer). */
export function peerOnManualDeadline(peer: Peer, clock: Clock): Peer {
  const requester = onManualDeadline(peer, clock);
  return new Proxy(peer, {
    get(target, prop) {
      if (prop === 'request') return requester.request;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** The connection's part for a loop that serves requests: every request of `peer` goes to its mailbox. */
export function routeRequestsTo(peer: Peer, loop: { tell(m: { type: 'request'; req: PeerRequest }): boolean }): () => void {
  const onRequest = (env: Envelope, respond: (b: Body) => void): void => {
    const req: PeerRequest = { env, respond };
    routeRequest(loop, req, { type: 'request', req });
  };
  peer.on('request', onRequest);
  return () => peer.off('request', onRequest);
}

/** A listener that takes requests and never answers them (a stuck other side). */
export function neverAnswer(peer: Peer): Envelope[] {
  const seen: Envelope[] = [];
  peer.on('request', (env) => { seen.push(env); });
  return seen;
}
