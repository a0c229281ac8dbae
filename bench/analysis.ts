// `npm run bench -- analysis`: the analysis engine with the full Wazuh ruleset (../shared/wazuh-ruleset,
// test data kept outside the project): load time, memory after load, and events per second through
// one engine on one core, on a mix of the ruleset's own test logs.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { loadRuleset } from '../analysis/ruleset-load';
import { defaultSuiteRoot } from '../analysis/testing/suite';
import { parseIni } from '../analysis/testing/ini';

const TARGET_EPS = 20_000;
const TARGET_LOAD_MS = 2_000;
const RUN_MS = 5_000;

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Every test log line, in a fixed pseudo-random order (a mix of sources, as a worker sees). */
function testLogs(root: string): string[] {
  const dir = path.join(root, 'testing', 'tests');
  const lines: string[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ini') && !x.includes('geoip')).sort()) {
    for (const sec of parseIni(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      for (const [k, v] of sec.entries) if (k.startsWith('log ')) lines.push(...v);
    }
  }
  let seed = 42;
  for (let i = lines.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines;
}

export async function runAnalysisBench(): Promise<void> {
  // dist/bench/ is two levels below the repository; WARDEN_RULESET points elsewhere.
  const root = process.env.WARDEN_RULESET ?? defaultSuiteRoot(path.resolve(__dirname, '..', '..'));
  if (!root) {
    process.stdout.write('analysis: skipped, no ruleset at ../shared/wazuh-ruleset\n');
    return;
  }
  // A collector we can call, so the memory figures are what the engine keeps, not load garbage.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    loadRuleset([root]);
    loads.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  gc();
  const before = process.memoryUsage();
  const loaded = loadRuleset([root]);
  gc();
  const after = process.memoryUsage();
  const { engine, problems } = loaded;
  const rules = engine.ruleset.rules.byId.size;
  const loadMs = Math.min(...loads);
  process.stdout.write(`ruleset ${root}: ${rules} rules, ${engine.ruleset.decoders.names.size} decoder names, ${engine.ruleset.lists.size} lists, ${problems.length} problems\n`);
  process.stdout.write(`load time: ${loads.map((t) => t.toFixed(0)).join(' / ')} ms (best ${loadMs.toFixed(0)} ms; target < ${TARGET_LOAD_MS} ms: ${(loadMs / TARGET_LOAD_MS).toFixed(2)}x of the budget)\n`);
  process.stdout.write(`memory after load: RSS ${mb(after.rss)}, heap used ${mb(after.heapUsed)} (the ruleset itself: +${mb(after.heapUsed - before.heapUsed)} of heap)\n`);

  const logs = testLogs(root);
  const now = new Date();
  // Warm up the JIT, then run for a fixed time.
  for (let i = 0; i < 2_000; i++) engine.process(logs[i % logs.length], { location: 'bench' }, now);
  let n = 0;
  let alerts = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < RUN_MS) {
    for (let k = 0; k < 1_000; k++) {
      const r = engine.process(logs[n % logs.length], { location: 'bench' }, now);
      if (r.alert) alerts++;
      n++;
    }
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const eps = n / (elapsed / 1000);
  process.stdout.write(`throughput: ${n} events (${logs.length} distinct test logs, ${(100 * alerts / n).toFixed(0)}% alerts) in ${(elapsed / 1000).toFixed(1)} s = ` +
    `${Math.round(eps)} events/s on one core (target ${TARGET_EPS}: ${(eps / TARGET_EPS).toFixed(2)}x)\n`);
  gc();
  const end = process.memoryUsage();
  process.stdout.write(`memory after the run (event history full, ${engine.ruleset.rules.byId.size} rules still loaded): RSS ${mb(end.rss)}, heap used ${mb(end.heapUsed)}\n`);
}
