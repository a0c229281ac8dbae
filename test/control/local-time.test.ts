// Times in the control tables: local time as cluster.log writes it, the offset said once under the
// table, and --json left in UTC. Zones are given as offset functions, so the cases hold on any machine.
import { localTimeCell, localTimeNote, systemOffset, utcOffsetText, type OffsetOf } from '../../scripts/commands/local-time';
import { healthTable, rulesetTable } from '../../scripts/commands/cluster-tables';
import { formatTimestamp } from '../../log/format';
import type { WorkerHealth } from '../../actors/master/cluster-views';
import type { RulesetView } from '../../actors/integrity/ruleset-view';

const fixed = (minutes: number): OffsetOf => () => minutes;
// Paris: +01:00 in winter, +02:00 from the last Sunday of March to the last Sunday of October (2026: 29 Mar, 25 Oct).
const paris: OffsetOf = (d) => (d >= new Date('2026-03-29T01:00:00Z') && d < new Date('2026-10-25T01:00:00Z') ? 120 : 60);

test.each<[number, string]>([
  [0, '+00:00'], [60, '+01:00'], [330, '+05:30'], [-300, '-05:00'], [-570, '-09:30'], [845, '+14:05'],
])('utcOffsetText(%i) is %s', (minutes, want) => {
  expect(utcOffsetText(minutes)).toBe(want);
});

test.each<[string, string | null, string, OffsetOf]>([
  ['UTC', '2026-11-26T10:00:00.000Z', '2026/11/26 10:00:00', fixed(0)],
  ['+05:30', '2026-11-26T10:00:00.000Z', '2026/11/26 15:30:00', fixed(330)],
  ['-05:00, across the new year', '2026-01-01T03:04:05.000Z', '2025/12/31 22:04:05', fixed(-300)],
  ['Paris in summer', '2026-07-01T00:00:00.000Z', '2026/07/01 02:00:00', paris],
  ['Paris in winter', '2026-12-01T00:00:00.000Z', '2026/12/01 01:00:00', paris],
  ['UTC, none', null, '-', fixed(0)],
  ['UTC, unreadable', 'not a time', 'not a time', fixed(0)],
])('%s: %s shows as %s', (_zone, iso, want, offsetOf) => {
  expect(localTimeCell(iso, offsetOf)).toBe(want);
});

test('in the process\'s own zone, a cell reads as the log\'s timestamp of the same moment', () => {
  for (const iso of ['2026-11-26T10:00:00.000Z', '2026-07-01T23:59:59.000Z', '2025-03-30T01:30:00.000Z']) {
    expect(localTimeCell(iso, systemOffset)).toBe(formatTimestamp(new Date(iso)));
  }
});

test('the note names the offset in force', () => {
  expect(localTimeNote({ now: new Date('2026-07-01T00:00:00Z'), offsetOf: paris })).toBe('Times are local (UTC+02:00), as in cluster.log; --json gives them in UTC.');
  expect(localTimeNote({ now: new Date(0), offsetOf: fixed(-570) })).toBe('Times are local (UTC-09:30), as in cluster.log; --json gives them in UTC.');
});

test('the health table shows local times and says so under it', () => {
  const at = '2026-01-01T03:04:05.000Z';
  const w: WorkerHealth = {
    name: 'w1', address: '127.0.0.1', version: '0.1.0', connected: true, connected_since: at, disconnected_at: null, disconnect_reason: null,
    last_keep_alive: at, seconds_since_keep_alive: 1, integrity_check: { at, duration_ms: 3 }, integrity_sync: { at, duration_ms: 9, unwritable: 2 },
    agent_info: { at, duration_ms: 1 }, agent_groups: null, active_agents: 0, loops: { master: [], worker: [] }, sync: 'in_sync', accepting_agents: true,
  };
  const out = healthTable([w], null, { now: new Date(at), offsetOf: fixed(-300) });
  expect(out).toContain('2025/12/31 22:04:05 (2 not writable)');
  expect(out).not.toContain(at);
  expect(out.trimEnd().split('\n').pop()).toBe('Times are local (UTC-05:00), as in cluster.log; --json gives them in UTC.');
});

test('the ruleset table shows local times, and which ruleset each engine runs', () => {
  const engine = (ruleset: 'builtin' | 'installed' | 'ruleset_dirs' | null) => ({
    state: 'running' as const, ruleset, rules: 4512, loaded_at: '2026-11-26T10:00:00.000Z', generation: 2, errors: 0, error: null, problems: [], last_reload: null, dropped: 0,
  });
  const worker = (name: string, e: ReturnType<typeof engine> | null) => ({
    name, rules: true, decoders: true, lists: true, shared: true, installed: true, in_sync: true, files: 400,
    last_check: '2026-11-26T10:00:05.000Z', unwritable: 0, unwritable_files: [], engine: e,
  });
  const v: RulesetView = {
    master: { name: 'm', files: 400, digest: 'abcdef0123456789', engine: engine('installed'), rules: '', decoders: '', lists: '', shared: '', installed: '' },
    workers: [worker('w1', engine('installed')), worker('w2', engine('ruleset_dirs')), worker('w3', engine(null)), worker('w4', null)],
  };
  const out = rulesetTable(v, null, { now: new Date('2026-11-26T10:00:10Z'), offsetOf: fixed(60) });
  expect(out).toMatch(/^Master m: 400 files, digest abcdef012345, engine installed ruleset, 4512 rules, gen 2, loaded 2026\/11\/26 11:00:00\n/);
  const row = (name: string) => out.split('\n').find((l) => l.includes(` ${name} `))!;
  expect(row('w1')).toMatch(/2026\/11\/26 11:00:05 .*installed ruleset, 4512 rules/);
  expect(row('w2')).toMatch(/ruleset_dirs, 4512 rules/);
  expect(row('w3')).toMatch(/│ 4512 rules, gen 2/); // an older node does not say
  expect(row('w4')).toMatch(/│ \? +│$/);
  expect(out).toMatch(/INSTALLED/);
  expect(out.split('\n').pop()).toBe('Times are local (UTC+01:00), as in cluster.log; --json gives them in UTC.');
});
