// A short demo run in one process: a master with the demo's seeded local rules, a worker with no
// analysis.ruleset_dirs, and simulated agents (real enrollment, real TLS and agent protocol) whose
// clock a test moves by hand. The worker's alerts come from the built-in ruleset, the brute-force rule
// among them, and from the demo's local rule built on top of it. Then the seed on its own: what it
// replaces and keeps, and that it loads on the built-in ruleset.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { alertsPath, archivesPath } from '../../actors/node/data-dir';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import { BUILTIN_RULESET_DIR } from '../../analysis/builtin-ruleset';
import { loadRuleset } from '../../analysis/ruleset-load';
import { AgentSim, startAgentSim } from '../../agents/sim/agent-sim';
import { SIM_ATTACKERS, simAttacker } from '../../agents/sim/sim-content';
import { simAgentName } from '../../agents/sim/sim-names';
import { seedDemoRuleset } from '../../scripts/commands/demo-ruleset';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { ManualClock } from '../helpers/manual-clock';

jest.setTimeout(60_000);

const BUILTIN_RULES = loadRuleset([BUILTIN_RULESET_DIR]).engine.ruleset.rules.byId.size;
const AGENTS = 3;
const NAMES = Array.from({ length: AGENTS }, (_, i) => simAgentName('demo', i, AGENTS));
const BLOCKED = SIM_ATTACKERS[0]!;

type Alert = { rule: { id: string; level: number }; agent: { name: string }; data?: { srcip?: string } };
const lines = <T>(file: string): T[] => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T) : [];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** A start one second into a ten-minute attack slot in which some agent's attacker is on the demo block list and some other's is not. */
function demoStart(): number {
  const base = Date.UTC(2026, 0, 14, 10, 0, 1);
  for (let k = 0; k < SIM_ATTACKERS.length; k++) {
    const at = base + k * 600_000;
    const attackers = NAMES.map((n) => simAttacker(n, new Date(at)));
    if (attackers.includes(BLOCKED) && attackers.some((a) => a !== BLOCKED)) return at;
  }
  throw new Error('no slot attacks the demo agents from both a blocked and an unlisted address');
}

describe('a short demo run', () => {
  let c: InProcCluster;
  let m: TestNode, w: TestNode;
  let sim: AgentSim | null = null;
  let clock: ManualClock;

  afterEach(async () => {
    if (sim) {
      // stop() waits for each agent's goodbye; its 1 s grace to drop a slow socket is on the manual clock.
      let over = false;
      const stopped = sim.stop().then(() => { over = true; });
      await eventually(() => over, (x) => x, 3_000).catch(() => clock.advance(1_000));
      await stopped;
    }
    await c.stopAll();
  });

  test('the worker writes alerts of the built-in ruleset and of the demo\'s local rule', async () => {
    c = new InProcCluster();
    const mc = c.config('master', 'master', {}, { agentGroups: 300, agentInfo: 300 });
    expect(seedDemoRuleset(mc.dataDir)).toEqual(['etc/rules/local_rules.xml', 'etc/decoders/local_decoder.xml', 'etc/lists/demo-blocked-ips']);
    m = await c.start(mc);
    const wc = c.config('w1', 'worker', {}, { agentGroups: 300, agentInfo: 300, integrity: 500 });
    expect(wc.analysis.rulesetDirs).toEqual([]);
    w = await c.start(wc);
    // The worker runs the built-in ruleset, plus the demo's local rule once the sync brings it.
    const engineOf = async () => ((await askNode(controlSocketPath(m.config.dataDir), { command: 'ruleset', args: {} })) as RulesetView).workers.find((x) => x.name === 'w1')?.engine ?? null;
    await eventually(engineOf, (e) => e?.state === 'running' && e.rules === BUILTIN_RULES + 1 && e.errors === 0, 15_000);

    clock = new ManualClock(demoStart());
    sim = await startAgentSim({
      enroll: `127.0.0.1:${m.node.enrollmentPort}`, workers: `127.0.0.1:${w.node.agentPort}`,
      count: AGENTS, rate: 10 * AGENTS, keepalive: '10s', namePrefix: 'demo',
    }, { clock, random: seeded(5) });
    await clock.advance(10); // every agent starts enrolling
    await eventually(() => sim!.stats().connected, (n) => n === AGENTS, 15_000);
    // Forty event ticks of 100 ms: one event per agent each, 40 per agent, all within one attack slot.
    for (let i = 0; i < 40; i++) await clock.advance(100);

    const alertsFile = alertsPath(w.config.dataDir);
    const blocked = NAMES.filter((n) => simAttacker(n, new Date(clock.now())) === BLOCKED);
    const unlisted = NAMES.filter((n) => !blocked.includes(n));
    const fired = (alerts: Alert[], id: string, name: string) => alerts.some((a) => a.rule.id === id && a.agent.name === name);
    const alerts = await eventually(() => lines<Alert>(alertsFile), (a) =>
      blocked.every((n) => fired(a, '100001', n)) && unlisted.every((n) => fired(a, '200220', n)), 20_000);
    // The local rule reports brute forces from the blocked address, the built-in rule the others.
    for (const a of alerts.filter((x) => x.rule.id === '100001')) expect(a).toMatchObject({ rule: { level: 12 }, data: { srcip: BLOCKED } });
    for (const a of alerts.filter((x) => x.rule.id === '200220')) expect(a.data?.srcip).toBe(simAttacker(a.agent.name, new Date(clock.now())));
    // Every other alert is a built-in rule's.
    expect(alerts.filter((a) => a.rule.id !== '100001' && !(Number(a.rule.id) >= 200000 && Number(a.rule.id) <= 209999))).toEqual([]);
    // And every log line the agents sent was decoded by a built-in decoder.
    // The alerts above can be written before the last events reach archives.json: wait for all of them.
    type Archived = { location: string; decoder: { name?: string }; full_log: string };
    const agentLogs = () => lines<Archived>(archivesPath(w.config.dataDir)).filter((e) => e.location !== 'wazuh-agent');
    const logs = await eventually(agentLogs, (l) => l.length >= 40 * AGENTS, 10_000);
    expect(logs.filter((e) => !e.decoder.name?.startsWith('warden-')).map((e) => e.full_log)).toEqual([]);
  });
});

describe('the demo seed', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-demo-seed-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // What the first demos wrote: a rule under Wazuh's 5716, which no shipped ruleset has.
  const FIRST_SEED = [
    '<!-- Local rules of the Warden demo: edit this file on the master and watch the workers follow. -->',
    '<group name="local,syslog,sshd,">',
    '  <rule id="100001" level="5">',
    '    <if_sid>5716</if_sid>',
    '    <srcip>1.1.1.1</srcip>',
    '    <description>sshd: authentication failed from a demo address.</description>',
    '  </rule>',
    '</group>',
    '',
  ].join('\n');

  test('replaces what an earlier demo seeded, keeps what an operator edited, writes what is missing', () => {
    const rules = path.join(dir, 'etc', 'rules', 'local_rules.xml');
    const list = path.join(dir, 'etc', 'lists', 'demo-blocked-ips');
    fs.mkdirSync(path.dirname(rules), { recursive: true });
    fs.mkdirSync(path.dirname(list), { recursive: true });
    fs.writeFileSync(rules, FIRST_SEED);
    fs.writeFileSync(list, '192.0.2.77:mine\n');
    expect(seedDemoRuleset(dir)).toEqual(['etc/rules/local_rules.xml', 'etc/decoders/local_decoder.xml']);
    expect(fs.readFileSync(rules, 'utf8')).toContain('<if_sid>200220</if_sid>');
    expect(fs.readFileSync(list, 'utf8')).toBe('192.0.2.77:mine\n');
    expect(seedDemoRuleset(dir)).toEqual([]);
  });

  test('the seeded files load on top of the built-in ruleset without a problem', () => {
    seedDemoRuleset(dir);
    const { engine, problems } = loadRuleset([BUILTIN_RULESET_DIR, path.join(dir, 'etc')]);
    expect(problems).toEqual([]);
    const failures = (ip: string) => {
      engine.reset();
      const line = `Jan 14 10:30:00 demo-001 sshd[2211]: Failed password for root from ${ip} port 41822 ssh2`;
      return Array.from({ length: 8 }, () => engine.process(line, { location: '/var/log/auth.log' }, new Date(Date.UTC(2026, 0, 14, 10, 30))).rule?.id);
    };
    // The eighth failure is a brute force; from an address on the block list the local rule reports it.
    expect(failures(BLOCKED)).toEqual([...Array<string>(7).fill('200203'), '100001']);
    expect(failures(SIM_ATTACKERS[1]!)).toEqual([...Array<string>(7).fill('200203'), '200220']);
  });
});
