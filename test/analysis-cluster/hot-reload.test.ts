// Hot reload across an in-process cluster: a rule file added or changed on the master reaches the
// worker's engine through the integrity sync without a restart; a broken one leaves the old engine
// running and shows in `ruleset`; events keep flowing while the engine is rebuilt.
import * as fs from 'fs';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { alertsPath, archivesPath } from '../../actors/node/data-dir';
import type { RulesetView } from '../../actors/integrity/ruleset-view';
import { rulesetTable } from '../../scripts/commands/control';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { TestAgent } from '../helpers/test-agent';
import { BASE_RULES, BROKEN_RULES, markerRules, writeRules } from './fixtures';
import { BUILTIN_RULESET_DIR } from '../../analysis/builtin-ruleset';
import { loadRuleset } from '../../analysis/ruleset-load';

jest.setTimeout(60_000);
const RULESET = path.resolve(__dirname, '..', '..', '..', 'shared', 'wazuh-ruleset');
const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
/** A worker with no ruleset_dirs loads the built-in ruleset before its etc/: its rules count too. */
const BUILTIN_RULES = loadRuleset([BUILTIN_RULESET_DIR]).engine.ruleset.rules.byId.size;
const lines = (file: string) => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

describe('hot reload of the analysis engine on a worker', () => {
  let c: InProcCluster;
  let m: TestNode, w: TestNode;
  let agent: TestAgent;
  const alertIds = () => lines(alertsPath(w.config.dataDir)).map((a) => a.rule.id as string);
  const engineOf = async () => ((await ask(m, 'ruleset')) as RulesetView).workers.find((x) => x.name === 'w1')?.engine ?? null;

  async function start(extraDirs: string[]): Promise<void> {
    c = new InProcCluster();
    const mc = c.config('master', 'master', {}, { agentGroups: 300, agentInfo: 300 });
    writeRules(path.join(mc.dataDir, 'etc'), '0010-base.xml', BASE_RULES);
    writeRules(path.join(mc.dataDir, 'etc'), 'local.xml', markerRules(['alpha']));
    m = await c.start(mc);
    const wc = c.config('w1', 'worker', {}, { agentGroups: 300, agentInfo: 300, integrity: 500 });
    w = await c.start({ ...wc, analysis: { ...wc.analysis, rulesetDirs: extraDirs } });
    const reg = (await ask(m, 'agent-register', { name: 'web-1' })) as { id: string; name: string; key: string };
    await eventually(() => w.node.workerStore!.agent(1)?.name, (n) => n === 'web-1');
    await c.accepting(w);
    agent = new TestAgent(reg.id, reg.name, reg.key);
    await agent.connect(w.node.agentPort);
    agent.startup();
  }
  afterEach(async () => {
    agent?.close();
    await c.stopAll();
  });

  test('a new rule on the master fires on the worker without a restart; a broken file keeps the old engine', async () => {
    await start([]);
    // The worker started with an empty etc/rules; the first sync brings the master's and reloads.
    await eventually(engineOf, (e) => e?.state === 'running' && e.rules === BUILTIN_RULES + 2, 15_000);
    // A worker that never synced loads its engine once, after that first sync: not the built-in ruleset first.
    expect(w.log.lines.filter((l) => /\[Analysis\] Ruleset (loaded|reloaded) in/.test(l))).toEqual([expect.stringMatching(new RegExp(`Ruleset loaded in \\d+ ms .*: ${BUILTIN_RULES + 2} rules`))]);
    const agentServing = w.node.agentServing;
    agent.event('/var/log/app.log', 'an alpha event');
    await eventually(alertIds, (ids) => ids.join() === '100100');

    writeRules(path.join(m.config.dataDir, 'etc'), 'local.xml', markerRules(['alpha', 'beta']));
    const e2 = await eventually(engineOf, (e) => e?.rules === BUILTIN_RULES + 3, 15_000);
    expect(e2).toMatchObject({ state: 'running', error: null });
    agent.event('/var/log/app.log', 'a beta event');
    await eventually(alertIds, (ids) => ids.join() === '100100,100101');
    expect(w.node.agentServing).toBe(agentServing); // same node, same sink: no restart
    const reloaded = new RegExp(`\\[Analysis\\] Ruleset reloaded in \\d+ ms: ${BUILTIN_RULES + 3} rules \\(was ${BUILTIN_RULES + 2}\\)`);
    expect(w.log.lines.some((l) => reloaded.test(l))).toBe(true);

    writeRules(path.join(m.config.dataDir, 'etc'), 'broken.xml', BROKEN_RULES);
    const e3 = await eventually(engineOf, (e) => !!e?.error, 15_000);
    expect(e3).toMatchObject({ state: 'running', rules: BUILTIN_RULES + 3, generation: e2!.generation });
    expect(e3!.problems[0]).toMatch(/broken\.xml:4: malformed XML/);
    const view = (await ask(m, 'ruleset')) as RulesetView;
    expect(view.workers[0]).toMatchObject({ name: 'w1', rules: true, in_sync: true });
    expect(rulesetTable(view)).toMatch(new RegExp(`built-in ruleset, ${BUILTIN_RULES + 3} rules, gen \\d+, loaded .*RELOAD FAILED`));
    expect(rulesetTable(view)).toMatch(/w1: reload refused at .*: 1 errors in the new ruleset/);
    expect(w.log.lines.some((l) => /WARNING: .*\[Analysis\] Ruleset reload refused/.test(l))).toBe(true);
    agent.event('/var/log/app.log', 'beta still fires');
    await eventually(alertIds, (ids) => ids.join() === '100100,100101,100101');
  });

  test('a first sync that brings no rule, decoder or list still starts the engine it deferred', async () => {
    c = new InProcCluster();
    m = await c.start(c.config('master', 'master', {}, { agentGroups: 300, agentInfo: 300 }));
    w = await c.start(c.config('w1', 'worker', {}, { agentGroups: 300, agentInfo: 300, integrity: 500 }));
    await c.accepting(w);
    await eventually(() => w.node.agentServing.sink.status(), (st) => st.state === 'running' && st.generation === 1);
    expect(w.log.lines.some((l) => /\[Analysis\] Ruleset reloaded/.test(l))).toBe(false);
  });

  (fs.existsSync(RULESET) ? test : test.skip)('with the full Wazuh ruleset, events keep flowing while the engine is rebuilt', async () => {
    await start([RULESET]);
    // Loaded once, after the first sync (a worker that never synced defers its engine until then).
    await eventually(engineOf, (e) => e?.state === 'running' && e.rules > 4000 && e.generation >= 1, 20_000);
    const archives = archivesPath(w.config.dataDir);
    const before = lines(archives).length;
    let sent = 0;
    const feeder = setInterval(() => { for (let i = 0; i < 20; i++, sent++) agent.event('/var/log/app.log', `beta flowing ${sent}`); }, 5);
    writeRules(path.join(m.config.dataDir, 'etc'), 'local.xml', markerRules(['alpha', 'beta']));
    const status = () => w.node.agentServing.sink.status();
    // While the new engine builds (the full ruleset: hundreds of ms), the old one goes on writing.
    await eventually(status, (s) => s.reloading, 15_000);
    const during: number[] = [];
    while (status().reloading) { during.push(lines(archives).length); await new Promise((r) => setTimeout(r, 50)); }
    clearInterval(feeder);
    expect(new Set(during).size).toBeGreaterThan(1);
    await eventually(() => lines(archives).length - before, (n) => n === sent, 10_000);
    expect(status()).toMatchObject({ dropped: 0, last_reload: { ok: true } });
    // The events above may all have met the old engine (it serves until the swap): one more meets the new.
    agent.event('/var/log/app.log', 'beta after the swap');
    await eventually(alertIds, (ids) => ids.includes('100101'), 10_000);
  });
});
