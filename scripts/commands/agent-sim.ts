// `warden agent-sim`: N simulated Wazuh 4.x agents in this process, with a stats line every few
// seconds (or one JSON object per line) until SIGINT/SIGTERM, then a clean stop.
import { AgentSim, AgentSimStats, startAgentSim } from '../../agents/sim/agent-sim';
import { SimError } from '../../agents/sim/sim-errors';

interface AgentSimCommandOptions {
  enroll: string;
  workers: string;
  count: string;
  rate?: string;
  group?: string;
  keepalive?: string;
  namePrefix?: string;
  password?: string;
  jsonStats?: boolean;
  every?: string;
  verbose?: boolean;
}

/** One line of text for people. */
function formatStatsLine(s: AgentSimStats, elapsedMs: number): string {
  const workers = Object.entries(s.perWorker).map(([w, n]) => `${w}=${n}`).join(' ');
  return `[${(elapsedMs / 1000).toFixed(0)}s] enrolled ${s.enrolled} connected ${s.connected} keepalives ${s.keepalivesSent} events ${s.eventsSent}`
    + ` acks ${s.acks} pushes ${s.pushesApplied} failovers ${s.failovers} moved ${s.forcedReconnects} errors ${s.errors} | ${workers}`;
}

export async function agentSimCommand(o: AgentSimCommandOptions): Promise<number> {
  const errorsByCode = new Map<string, number>();
  let sim: AgentSim;
  try {
    sim = await startAgentSim({
      enroll: o.enroll, workers: o.workers, count: o.count,
      ...(o.rate !== undefined ? { rate: o.rate } : {}),
      ...(o.group !== undefined ? { group: o.group } : {}),
      ...(o.keepalive !== undefined ? { keepalive: o.keepalive } : {}),
      ...(o.namePrefix !== undefined ? { namePrefix: o.namePrefix } : {}),
      ...(o.password !== undefined ? { password: o.password } : {}),
    }, {
      onError: (name, err) => {
        errorsByCode.set(err.code, (errorsByCode.get(err.code) ?? 0) + 1);
        if (o.verbose) process.stderr.write(`agent-sim: ${name}: ${err.message}\n`);
      },
    });
  } catch (err) {
    if (err instanceof SimError && err.code === 'bad_options') {
      process.stderr.write(`warden: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const started = Date.now();
  const everyMs = Math.max(250, Number(o.every ?? '5') * 1000);
  const print = () => {
    const s = sim.stats();
    if (o.jsonStats) {
      process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...s, errorsByCode: Object.fromEntries(errorsByCode) }) + '\n');
    } else {
      process.stdout.write(formatStatsLine(s, Date.now() - started) + '\n');
    }
  };
  if (!o.jsonStats) {
    const opts = sim.options;
    process.stdout.write(`agent-sim: ${opts.count} agents, enrolling at ${o.enroll}, workers ${o.workers}, ${opts.rate} events/s, keep-alive ${opts.keepaliveMs} ms. Ctrl-C stops.\n`);
  }
  const timer = setInterval(print, everyMs);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(timer);
  if (!o.jsonStats) process.stdout.write('agent-sim: stopping (shutdown sent by every connected agent)...\n');
  await sim.stop();
  print();
  return 0;
}
