// `startAgentSim`: N simulated Wazuh 4.x agents in one process, sharing one scheduler. Events are
// drawn from one token bucket for the whole fleet and handed to connected agents in turn.
import { NodeAddress } from '../../config/address';
import { Clock, Random, systemClock } from '../../lib/clock';
import { SharedScheduler } from './shared-scheduler';
import { SimAgent, SimCounters } from './sim-agent';
import { SimError } from './sim-errors';
import { addressText, simAgentName } from './sim-names';
import { parseSimOptions, SimOptions, SimOptionsInput } from './sim-options';
import { SlotGate } from './slot-gate';
import { EventBucket } from './event-bucket';

export interface AgentSimStats extends SimCounters {
  /** Agents holding a key. */
  enrolled: number;
  /** Agents whose startup was acked and whose link is up. */
  connected: number;
  /** Connected agents per worker (`host:port`), every listed worker present. */
  perWorker: Record<string, number>;
}

interface SimAgentInfo {
  id: string | null;
  name: string;
  key: string | null;
  worker: string;
  connected: boolean;
  mergedMd5: string | null;
  lastError: string | null;
}

export interface AgentSim {
  readonly options: SimOptions;
  stats(): AgentSimStats;
  agents(): SimAgentInfo[];
  /** Sends `#!-agent shutdown ` for connected agents and closes every socket and timer. */
  stop(): Promise<void>;
}

interface AgentSimHooks {
  /** Every agent error (enrollment refused, link lost, bad push...), for logging. */
  onError?(agentName: string, err: SimError): void;
  /** Every time read and every timer (scheduler, connect and enrollment deadlines); the system clock by default. */
  clock?: Clock;
  /** Jitter, first keep-alive phase, event content, message random fields; Math.random by default. */
  random?: Random;
}

/** How often the fleet's event bucket is drained. */
const EVENT_TICK_MS = 100;
/** Agents start enrolling spread over this long at most, so authd is not hit by the whole fleet at once. */
const START_SPREAD_MS = 1_000;

export async function startAgentSim(input: SimOptionsInput | SimOptions, hooks: AgentSimHooks = {}): Promise<AgentSim> {
  const opts = isParsed(input) ? input : parseSimOptions(input);
  const random = hooks.random ?? Math.random;
  const clock = hooks.clock ?? systemClock;
  const scheduler = new SharedScheduler(clock, (err) => {
    hooks.onError?.('(scheduler)', err instanceof SimError ? err : new SimError('bad_message', String(err), { cause: err }));
  });
  const counters: SimCounters = { keepalivesSent: 0, eventsSent: 0, acks: 0, pushesApplied: 0, failovers: 0, reconnects: 0, forcedReconnects: 0, errors: 0 };
  const enrollGate = new SlotGate(opts.enrollConcurrency);
  const ctx = { opts, scheduler, counters, enrollGate, clock, random, onError: (a: SimAgent, err: SimError) => hooks.onError?.(a.name, err) };
  const fleet: SimAgent[] = [];
  for (let i = 0; i < opts.count; i++) fleet.push(new SimAgent(i, simAgentName(opts.namePrefix, i, opts.count), ctx));
  const spread = Math.min(START_SPREAD_MS, opts.count * 2);
  fleet.forEach((a, i) => a.start(opts.count > 1 ? (spread * i) / opts.count : 0));

  const bucket = new EventBucket(opts.rate);
  let cursor = 0;
  let lastTick = clock.now();
  const tick = () => {
    const now = clock.now();
    const due = bucket.take(now - lastTick);
    lastTick = now;
    // Hand events to connected agents round-robin; a pass with nobody able to send drops the rest.
    let sent = 0;
    let misses = 0;
    const date = new Date(now);
    while (sent < due && misses < fleet.length) {
      const agent = fleet[cursor]!;
      cursor = (cursor + 1) % fleet.length;
      if (agent.sendEvent(date)) { sent++; misses = 0; } else misses++;
    }
    bucket.giveBack(due - sent);
    scheduler.after(EVENT_TICK_MS, tick);
  };
  if (opts.rate > 0) scheduler.after(EVENT_TICK_MS, tick);

  let stopping: Promise<void> | null = null;
  return {
    options: opts,
    stats: () => collectStats(opts.workers, fleet, counters),
    agents: () => fleet.map((a) => ({
      id: a.key?.id ?? null, name: a.name, key: a.key?.key ?? null, worker: a.worker,
      connected: a.connected, mergedMd5: a.mergedMd5, lastError: a.lastError?.message ?? null,
    })),
    stop: () => {
      stopping ??= (async () => {
        enrollGate.clear();
        await Promise.all(fleet.map((a) => a.stop()));
        scheduler.close();
      })();
      return stopping;
    },
  };
}

function isParsed(input: SimOptionsInput | SimOptions): input is SimOptions {
  return typeof (input as SimOptions).keepaliveMs === 'number' && Array.isArray(input.workers) && typeof input.enroll !== 'string';
}

function collectStats(workers: NodeAddress[], fleet: SimAgent[], counters: SimCounters): AgentSimStats {
  const perWorker: Record<string, number> = {};
  for (const w of workers) perWorker[addressText(w)] = 0;
  let enrolled = 0;
  let connected = 0;
  for (const a of fleet) {
    if (a.key) enrolled++;
    if (a.connected) {
      connected++;
      perWorker[a.worker] = (perWorker[a.worker] ?? 0) + 1;
    }
  }
  return { enrolled, connected, ...counters, perWorker };
}
