// `npm run bench [-- SECTION...]`: runs the benchmarks (all, or the sections named) and prints figures
// with their ratio to the targets of DESIGN.md section 9. Benchmarks report; they never fail a build.
import { runTransportBench } from './transport';
import { runReconnectBench } from './reconnect';
import { runAnalysisBench } from './analysis';
import { runAnalysisE2eBench } from './analysis-e2e';
import { runAnalysisRatioBench } from './analysis-ratio';
import { runAgentInfoBench } from './agent-info';
import { runIntegrityBench } from './integrity';
import { runHashPoolBench } from './hash-pool';
import { runEdgesBench } from './edges';
import { runScaleBench } from './scale';
import { runFailoverBench } from './failover';

const SECTIONS: Record<string, { what: string; run: () => Promise<void> }> = {
  transport: {
    what: 'one encrypted connection (1 KiB messages, 1 MiB chunks) beside raw TCP and AES-GCM; reconnect after a master restart',
    run: async () => { await runTransportBench(); await runReconnectBench(); },
  },
  'agent-info': {
    what: '10 worker processes, 50,000 agents changing status at once: time until the master database has them all; RSS',
    run: runAgentInfoBench,
  },
  integrity: {
    what: 'integrity sync, 10,000 files / 100 MB on the master: cold sync of a fresh worker, idle check CPU, 100 changed files reaching 2 workers',
    run: runIntegrityBench,
  },
  'hash-pool': {
    what: 'the MD5 worker pool alone, piscina against the hand-written pool it replaced: 10,000 files / 100 MB, 10,000 files / 10 MB, 100 small files; new pool (cold) and reused (warm), beside in-thread hashing',
    run: runHashPoolBench,
  },
  edges: {
    what: 'floods on every port (issue 9): RSS growth, time for a real agent or worker to get in, connections closed by each deadline',
    run: runEdgesBench,
  },
  scale: {
    what: 'warden scale through the CLI: a worker added to a 10,000-file / 100 MB cluster until in sync and accepting agents; agents of a killed worker active elsewhere',
    run: runScaleBench,
  },
  failover: {
    what: 'master high availability on a real etcd: kill -9 of the leader to the first enrollment accepted by the new one, 50,000 agents in the registry, 5 runs',
    run: runFailoverBench,
  },
  analysis: {
    what: 'the analysis engine with the full Wazuh ruleset: load time, memory, events per second on one core',
    run: runAnalysisBench,
  },
  'analysis-e2e': {
    what: 'agent-sim to logs/alerts/alerts.json with the full Wazuh ruleset, 1 then 2 worker processes: events analysed per second and the ratio',
    run: runAnalysisE2eBench,
  },
  'analysis-ratio': {
    what: 'pre-sealed agent frames replayed to 1 then 2 worker processes (full Wazuh ruleset) at a sweep of rates: events/s per worker, the 1 -> 2 ratio, the CPU of every process',
    run: runAnalysisRatioBench,
  },
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`usage: npm run bench [-- SECTION...]\nsections:\n${Object.entries(SECTIONS).map(([k, v]) => `  ${k.padEnd(12)} ${v.what}`).join('\n')}\n`);
    return;
  }
  const unknown = asked.filter((a) => !(a in SECTIONS));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`);
    process.exit(2);
  }
  const names = asked.length ? asked : Object.keys(SECTIONS);
  process.stdout.write(`Warden benchmarks on ${require('os').cpus().length} cores, Node ${process.version}: ${names.join(', ')}\n`);
  for (const name of names) {
    process.stdout.write(`\n== ${name}: ${SECTIONS[name].what}\n`);
    await SECTIONS[name].run();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
