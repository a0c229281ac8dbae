// The recorder: N agents, each with a fresh key and its messages sealed ahead of time, as a simulated
// agent would send them on one connection: its startup and a keep-alive (the preamble a manager expects
// before events), then K log events (sim-content.ts) with counters rising from 0:1. Fresh counters are
// accepted by a worker whether agents.verify_counters is on or off, once per cluster that never heard
// of these agents. Pure: time, randomness and keys come in.
import { randomBytes } from 'node:crypto';
import { Random } from '../../lib/clock';
import { formatAgentId } from '../../store/agent-types';
import { agentAesKey } from '../crypto/agent-key';
import { sealAgentMessage } from '../crypto/agent-cipher';
import { SenderCounters } from '../crypto/agent-counters';
import { formatStartup } from '../messages/agent-message';
import { formatKeepAlive } from '../messages/keepalive';
import { SIM_AGENT_VERSION, simAgentVersionText, simEventPayload, simLabels, simUname } from '../sim/sim-content';
import { RecordedAgent } from './replay-file';
import { ReplayError } from './replay-errors';

/** Startup and one keep-alive. */
export const REPLAY_PREAMBLE = 2;
/** Agent ids fit Wazuh's form up to 8 digits. */
const MAX_AGENT_ID = 99_999_999;

export interface RecordOptions {
  agents: number;
  /** Events per agent (after the preamble). */
  events: number;
  /** The first agent's id (001 by default); the others follow. */
  firstId?: number;
  /** Names are <prefix>-<id>. */
  namePrefix?: string;
}

export interface RecordDeps {
  /** The time written in the events' log lines. */
  now: Date;
  /** Draws the events and each message's random field. */
  random: Random;
  /** A new agent key (64 hex characters by default, as authd issues). */
  newKey?: () => string;
}

/** The options with their defaults; every problem named in one ReplayError('bad_options'). */
export function checkRecordOptions(o: RecordOptions): Required<RecordOptions> {
  const r = { firstId: 1, namePrefix: 'replay', ...o };
  const problems: string[] = [];
  if (!Number.isSafeInteger(r.agents) || r.agents < 1) problems.push(`agents: ${r.agents} must be a positive integer`);
  if (!Number.isSafeInteger(r.events) || r.events < 0) problems.push(`events: ${r.events} must be an integer >= 0`);
  if (!Number.isSafeInteger(r.firstId) || r.firstId < 1) problems.push(`first id: ${r.firstId} must be a positive integer`);
  else if (Number.isSafeInteger(r.agents) && r.firstId + r.agents - 1 > MAX_AGENT_ID) problems.push(`first id ${r.firstId} + ${r.agents} agents goes past id ${MAX_AGENT_ID}`);
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}$/.test(r.namePrefix)) problems.push(`name prefix: ${JSON.stringify(r.namePrefix)} must be 1-100 of [A-Za-z0-9._-], not starting with "."`);
  if (problems.length) throw new ReplayError('bad_options', `replay record options:\n  ${problems.join('\n  ')}`);
  return r;
}

/** One agent's messages, sealed with rising counters. */
function sealAgent(index: number, id: string, name: string, key: string, events: number, d: RecordDeps): Buffer[] {
  const aes = agentAesKey(id, name, key);
  let counters = SenderCounters.start();
  const seal = (payload: string | Buffer): Buffer => {
    const { pair, counters: next } = counters.next();
    counters = next;
    return sealAgentMessage({ key: aes, agentId: id, global: pair.global, local: pair.local, random: Math.floor(d.random() * 0x10000), payload });
  };
  const out = [
    seal(formatStartup(SIM_AGENT_VERSION)),
    seal(formatKeepAlive({ uname: simUname(index, name), agentVersion: simAgentVersionText(), labels: simLabels(index, null), mergedMd5: null })),
  ];
  for (let e = 0; e < events; e++) out.push(seal(simEventPayload(name, d.now, d.random)));
  return out;
}

/** Agent `index` (0-based) of a recording: its identity and sealed messages. */
export function recordAgent(index: number, options: RecordOptions, deps: RecordDeps): RecordedAgent {
  const o = checkRecordOptions(options);
  if (!Number.isInteger(index) || index < 0 || index >= o.agents) throw new ReplayError('bad_options', `agent index ${index} is not in 0-${o.agents - 1}`);
  const id = formatAgentId(o.firstId + index);
  const name = `${o.namePrefix}-${id}`;
  const key = (deps.newKey ?? (() => randomBytes(32).toString('hex')))();
  return { id, name, ip: 'any', key, preamble: REPLAY_PREAMBLE, messages: sealAgent(index, id, name, key, o.events, deps) };
}

/** Every agent of a recording, in memory (a large one is better written agent by agent). */
export function recordAgents(options: RecordOptions, deps: RecordDeps): RecordedAgent[] {
  const o = checkRecordOptions(options);
  return Array.from({ length: o.agents }, (_, i) => recordAgent(i, o, deps));
}
