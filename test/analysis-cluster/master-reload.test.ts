// The master analyses the events of agents connected to it with its own ruleset: a rule added on the
// master fires there without a restart (its watch, its rescan, its engine's reload), a broken file
// leaves its running engine in place, and `ruleset` shows the master's engine beside the workers'.
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

jest.setTimeout(60_000);
const ask = (t: TestNode, command: string, args: Record<string, unknown> = {}) => askNode(controlSocketPath(t.config.dataDir), { command, args });
const lines = (file: string) => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

describe('the master reloads its own engine', () => {
  let c: InProcCluster;
  let agent: TestAgent | undefined;
  afterEach(async () => {
    agent?.close();
    await c.stopAll();
  });

  test('a rule added on the master fires on the master\'s agents without a restart; a broken file keeps the old engine', async () => {
    c = new InProcCluster();
    const mc = c.config('master', 'master', {}, { agentGroups: 300, agentInfo: 300 });
    const etc = path.join(mc.dataDir, 'etc');
    writeRules(etc, '0010-base.xml', BASE_RULES);
    writeRules(etc, 'local.xml', markerRules(['alpha']));
    // A ruleset folder of its own (empty) keeps the built-in ruleset out: the counts below are etc/'s alone.
    const own = path.join(c.dir, 'own-ruleset');
    fs.mkdirSync(own, { recursive: true });
    const m = await c.start({ ...mc, analysis: { ...mc.analysis, rulesetDirs: [own] } });
    const view = async () => (await ask(m, 'ruleset')) as RulesetView;
    const alertIds = () => lines(alertsPath(mc.dataDir)).map((a) => a.rule.id as string);
    const archived = () => lines(archivesPath(mc.dataDir)).length;
    const first = await eventually(async () => (await view()).master.engine, (e) => e?.state === 'running' && e.rules === 2, 15_000);

    const reg = (await ask(m, 'agent-register', { name: 'db-1' })) as { id: string; name: string; key: string };
    agent = new TestAgent(reg.id, reg.name, reg.key);
    await agent.connect(m.node.agentPort);
    agent.startup();
    agent.event('/var/log/app.log', 'a beta event before the rule');
    await eventually(archived, (n) => n === 1, 10_000);
    expect(alertIds()).toEqual([]);

    writeRules(etc, 'local.xml', markerRules(['alpha', 'beta']));
    const second = await eventually(async () => (await view()).master.engine, (e) => e?.rules === 3, 15_000);
    expect(second).toMatchObject({ state: 'running', generation: first!.generation + 1, error: null });
    expect(m.log.lines.some((l) => /\[Analysis\] Ruleset reloaded in \d+ ms: 3 rules \(was 2\)/.test(l))).toBe(true);
    agent.event('/var/log/app.log', 'a beta event after the rule');
    await eventually(alertIds, (ids) => ids.join() === '100101', 10_000);
    expect(rulesetTable(await view())).toMatch(/^Master master: \d+ files, digest \w+, engine ruleset_dirs, 3 rules, gen \d+, loaded /);

    writeRules(etc, 'broken.xml', BROKEN_RULES);
    const third = await eventually(async () => (await view()).master.engine, (e) => !!e?.error, 15_000);
    expect(third).toMatchObject({ state: 'running', rules: 3, generation: second!.generation });
    expect(rulesetTable(await view())).toMatch(/master: reload refused at .*: 1 errors in the new ruleset/);
    agent.event('/var/log/app.log', 'beta still fires');
    await eventually(alertIds, (ids) => ids.join() === '100101,100101', 10_000);
  });
});
