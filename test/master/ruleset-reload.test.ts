// The master's engine follows the ruleset part of its own table: a change under etc/rules, etc/decoders,
// etc/lists or the installed ruleset/ folders reloads it; one under etc/shared, or the first table (what the engine started from), does not.
import { IntegrityFeed, masterTableOf } from '../../actors/integrity/integrity-feed';
import { reloadOnRulesetChange, rulesetDiffers } from '../../actors/master/ruleset-reload';
import type { ReloadableEngine } from '../../actors/analysis/engine-host';
import type { EngineStatus } from '../../actors/analysis/engine-messages';
import { table } from '../integrity/helpers';

const BASE: [string, string][] = [['etc/rules/local.xml', 'r1'], ['etc/decoders/d.xml', 'd1'], ['etc/lists/l', 'l1'], ['etc/shared/default/agent.conf', 's1'],
  ['ruleset/rules/0095-sshd_rules.xml', 'ir1'], ['ruleset/decoders/0310-ssh_decoders.xml', 'id1'], ['ruleset/lists/audit-keys', 'il1']];
const tableWith = (over: Record<string, string>) => masterTableOf(table(BASE.map(([p, tag]) => [p, over[p] ?? tag] as [string, string])), 0);

function countingEngine(): ReloadableEngine & { reloads: number } {
  const e = { reloads: 0, reload: async () => { e.reloads++; }, status: () => ({}) as EngineStatus };
  return e;
}

test('rulesetDiffers looks at rules, decoders and lists only', () => {
  const base = tableWith({});
  expect(rulesetDiffers(base, tableWith({}))).toBe(false);
  expect(rulesetDiffers(base, tableWith({ 'etc/shared/default/agent.conf': 's2' }))).toBe(false);
  expect(rulesetDiffers(base, tableWith({ 'etc/rules/local.xml': 'r2' }))).toBe(true);
  expect(rulesetDiffers(base, tableWith({ 'etc/decoders/d.xml': 'd2' }))).toBe(true);
  expect(rulesetDiffers(base, tableWith({ 'etc/lists/l': 'l2' }))).toBe(true);
});

test.each([
  ['ruleset/rules/0095-sshd_rules.xml'], ['ruleset/decoders/0310-ssh_decoders.xml'], ['ruleset/lists/audit-keys'],
])('an installed ruleset file changed (%s) is a ruleset change too', (file) => {
  expect(rulesetDiffers(tableWith({}), tableWith({ [file]: 'new' }))).toBe(true);
});

test('a ruleset installed where there was none is a change', () => {
  const none = masterTableOf(table(BASE.filter(([p]) => !p.startsWith('ruleset/'))), 0);
  expect(rulesetDiffers(none, tableWith({}))).toBe(true);
});

test('reloads on each published table whose ruleset changed, not on the first one nor on shared files', () => {
  const feed = new IntegrityFeed('/unused');
  const engine = countingEngine();
  const unsubscribe = reloadOnRulesetChange(feed, engine);
  feed.publish(tableWith({}));
  expect(engine.reloads).toBe(0); // the files the engine was built from at start
  feed.publish(tableWith({ 'etc/shared/default/agent.conf': 's2' }));
  expect(engine.reloads).toBe(0);
  feed.publish(tableWith({ 'etc/shared/default/agent.conf': 's2', 'etc/rules/local.xml': 'r2' }));
  expect(engine.reloads).toBe(1);
  feed.publish(tableWith({ 'etc/shared/default/agent.conf': 's2', 'etc/rules/local.xml': 'r2', 'etc/lists/l': 'l2' }));
  expect(engine.reloads).toBe(2);
  unsubscribe();
  feed.publish(tableWith({ 'etc/rules/local.xml': 'r3' }));
  expect(engine.reloads).toBe(2);
});
