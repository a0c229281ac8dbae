// `npm run bench -- analysis-e2e`: end to end from agent-sim to logs/alerts/alerts.json with the full Wazuh ruleset
// (../shared/wazuh-ruleset): a master and 1, then 2 worker processes; agent-sim (in this process) sends
// more events than the workers can analyse; events and alerts written over a fixed window are counted.
// Target (DESIGN.md section 9, issue 5): two workers analyse at least 1.7 times the events of one.
// Everything shares this machine's cores, agent-sim included: the CPU each process used is printed so
// that a ratio below target can be traced to what ate the cores.
import * as os from 'os';
import * as path from 'path';
import { LocalCluster } from '../scripts/harness/local-cluster';
import { alertsPath, archivesPath } from '../actors/node/data-dir';
import { startAgentSim } from '../agents/sim/agent-sim';
import { defaultSuiteRoot } from '../analysis/testing/suite';
import { cpuSeconds, linesSince } from './proc-sample';

const TARGET_RATIO = 1.7;
const WARMUP_MS = 4_000;
const WINDOW_MS = Number(process.env.WARDEN_BENCH_WINDOW_MS ?? 10_000);
/** Events a second asked of agent-sim, over the whole fleet: above what one node analyses. */
const RATE = Number(process.env.WARDEN_BENCH_RATE ?? 40_000);
const AGENTS_PER_WORKER = 25;

interface Run { workers: number; events: number; alerts: number; sent: number; dropped: number; cpu: Record<string, number> }

async function runWith(workers: number, ruleset: string): Promise<Run> {
  const c = new LocalCluster({
    workers,
    intervals: { agent_info: '2s' },
    extraYaml: () => `analysis:\n  ruleset_dirs: [${JSON.stringify(ruleset)}]\n`,
  });
  await c.configure();
  await c.startAll();
  let sim: Awaited<ReturnType<typeof startAgentSim>> | undefined;
  try {
    await c.waitAllConnected(30_000);
    await c.waitAllInSync(30_000);
    const ws = c.nodes.slice(1);
    const count = AGENTS_PER_WORKER * workers;
    sim = await startAgentSim({
      enroll: `127.0.0.1:${ws[0]!.enrollmentPort}`, workers: ws.map((w) => `127.0.0.1:${w.agentPort}`),
      count, rate: RATE, keepalive: '5s', retryMax: '1s',
    });
    await c.waitFor(`${count} agents connected`, async () => sim!.stats().connected, (n) => n === count, 60_000, 200);
    await new Promise((r) => setTimeout(r, WARMUP_MS));
    const at = ws.map((w) => ({ ev: linesSince(archivesPath(w.dataDir), 0).size, al: linesSince(alertsPath(w.dataDir), 0).size }));
    const procs = [['agent-sim', process.pid] as const, ...c.nodes.map((n) => [n.name, n.process?.pid ?? 0] as const)];
    const cpu0 = procs.map(([, pid]) => cpuSeconds(pid));
    const sent0 = sim.stats().eventsSent;
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const cpu1 = procs.map(([, pid]) => cpuSeconds(pid));
    const sent = sim.stats().eventsSent - sent0;
    let events = 0, alerts = 0;
    ws.forEach((w, i) => {
      events += linesSince(archivesPath(w.dataDir), at[i]!.ev).lines;
      alerts += linesSince(alertsPath(w.dataDir), at[i]!.al).lines;
    });
    const view = (await c.ask('master', 'ruleset')) as { workers: { engine: { dropped: number } | null }[] };
    const dropped = view.workers.reduce((s, w) => s + (w.engine?.dropped ?? 0), 0);
    const cpu = Object.fromEntries(procs.map(([name], i) => [name, (cpu1[i]! - cpu0[i]!) / (WINDOW_MS / 1000)]));
    return { workers, events, alerts, sent, dropped, cpu };
  } finally {
    await sim?.stop();
    await c.stop();
  }
}

export async function runAnalysisE2eBench(): Promise<void> {
  const root = process.env.WARDEN_RULESET ?? defaultSuiteRoot(path.resolve(__dirname, '..', '..'));
  if (!root) {
    process.stdout.write('analysis-e2e: skipped, no ruleset at ../shared/wazuh-ruleset\n');
    return;
  }
  const secs = WINDOW_MS / 1000;
  const runs: Run[] = [];
  for (const n of [1, 2]) {
    const r = await runWith(n, root);
    runs.push(r);
    const cpu = Object.entries(r.cpu).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(', ');
    process.stdout.write(`analysis-e2e: ${n} worker${n > 1 ? 's' : ''}: ${Math.round(r.events / secs)} events/s analysed, ${Math.round(r.alerts / secs)} alerts/s, agent-sim sent ${Math.round(r.sent / secs)}/s (asked ${RATE}), ${r.dropped} dropped on full queues; CPU over the window: ${cpu}\n`);
  }
  const ratio = runs[1]!.events / Math.max(1, runs[0]!.events);
  process.stdout.write(`analysis-e2e: 2 workers / 1 worker = ${ratio.toFixed(2)}x (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}) on ${os.cpus().length} cores\n`);
}
