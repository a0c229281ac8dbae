// The master's engine follows the ruleset part of its own table: a change under etc/rules, etc/decoders,
// etc/lists or the installed ruleset/ folders reloads it; one under etc/shared, or the first table (what the engine started from), does not.
import { IntegrityFeed, masterTableOf } from '../../actors/integrity/integrity-feed';
import { DEFER_MAX_MS, reloadOnRulesetChange, rulesetDiffers, workersBehind } from '../../actors/master/ruleset-reload';
import { ManualClock } from '../helpers/manual-clock';
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

test.each<[string, string[], Record<string, string>, string[]]>([
  ['no worker connected', [], {}, []],
  ['every worker reported the table', ['w1', 'w2'], { w1: 'new', w2: 'new' }, []],
  ['one still on the old table', ['w1', 'w2'], { w1: 'new', w2: 'old' }, ['w2']],
  ['one that never reported', ['w1', 'w2'], { w1: 'new' }, ['w2']],
  ['a report of a worker gone is not waited for', ['w1'], { w1: 'new', gone: 'old' }, []],
])('workersBehind: %s', (_n, workers, digests, behind) => {
  const reports = new Map(Object.entries(digests).map(([w, digest]) => [w, { digest, folders: {}, files: 0, at: 0 }]));
  expect(workersBehind('new', workers, reports)).toEqual(behind);
});

describe('the master\'s rebuild waits for the connected workers to have the files', () => {
  const report = (feed: IntegrityFeed, w: string) => feed.workerReported(w, { digest: feed.current!.digest, folders: {}, files: 0, at: 0 });

  test('it starts once the last connected worker reports the new table', async () => {
    const clock = new ManualClock();
    const feed = new IntegrityFeed('/unused');
    const engine = countingEngine();
    const stop = reloadOnRulesetChange(feed, engine, { clock, workers: () => ['w1', 'w2'] });
    feed.publish(tableWith({}));
    report(feed, 'w1');
    report(feed, 'w2');
    feed.publish(tableWith({ 'etc/rules/local.xml': 'r2' }));
    expect(engine.reloads).toBe(0);
    report(feed, 'w1');
    expect(engine.reloads).toBe(0);
    report(feed, 'w2');
    expect(engine.reloads).toBe(1);
    await clock.advance(DEFER_MAX_MS);
    expect(engine.reloads).toBe(1); // the deadline was cancelled
    stop();
  });

  test('a worker that does not catch up holds it back DEFER_MAX_MS at most; changes meanwhile make one rebuild', async () => {
    const clock = new ManualClock();
    const feed = new IntegrityFeed('/unused');
    const engine = countingEngine();
    const stop = reloadOnRulesetChange(feed, engine, { clock, workers: () => ['stuck'] });
    feed.publish(tableWith({}));
    feed.publish(tableWith({ 'etc/rules/local.xml': 'r2' }));
    await clock.advance(DEFER_MAX_MS / 2);
    feed.publish(tableWith({ 'etc/rules/local.xml': 'r3' }));
    expect(engine.reloads).toBe(0);
    await clock.advance(DEFER_MAX_MS / 2);
    expect(engine.reloads).toBe(1);
    await clock.advance(DEFER_MAX_MS);
    expect(engine.reloads).toBe(1);
    stop();
  });

  test('with no worker connected it starts at once', () => {
    const clock = new ManualClock();
    const feed = new IntegrityFeed('/unused');
    const engine = countingEngine();
    const stop = reloadOnRulesetChange(feed, engine, { clock, workers: () => [] });
    feed.publish(tableWith({}));
    feed.publish(tableWith({ 'etc/lists/l': 'l2' }));
    expect(engine.reloads).toBe(1);
    stop();
  });
});
