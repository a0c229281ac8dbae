// The shell's pure renderers: tables that fit a width, the tree, top's rates and percentiles, timers,
// info, trace lines, stats and help.
import type { WorkerHealth } from '../../actors/master/cluster-views';
import type { NodeStats } from '../../actors/control/node-stats';
import { healthTable, shortTimes } from '../../scripts/commands/cluster-tables';
import { cutLines, fitTable, tableWidth } from '../../scripts/commands/fit-table';
import { bucketTime, bytes, duration, relative } from '../../scripts/commands/shell/format';
import { renderInfo, renderTimers, renderTree, statusText, timerRows, treeRows } from '../../scripts/commands/shell/render-actors';
import { renderHelp, renderStats, traceLine } from '../../scripts/commands/shell/render-misc';
import { renderTop, topRows } from '../../scripts/commands/shell/top-model';
import { actor, NOW, timesOf, view, WORKER_TREE } from './fixtures';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

function health(name: string, over: Partial<WorkerHealth> = {}): WorkerHealth {
  const at = '2026-01-14T10:00:00.000Z';
  return {
    name, address: '192.168.100.101', version: '0.1.0', connected: true, connected_since: at, disconnected_at: null, disconnect_reason: null,
    last_keep_alive: at, seconds_since_keep_alive: 0.4,
    integrity_check: { at, duration_ms: 3 }, integrity_sync: { at, duration_ms: 40, unwritable: 2 },
    agent_info: { at, duration_ms: 1 }, agent_groups: { at, duration_ms: 1 }, active_agents: 1234, sync: 'in_sync', accepting_agents: true,
    loops: { master: [], worker: [{ name: 'integrity', status: 'backing-off', restarts: 7, failing: true, last_error: 'EACCES: permission denied, open /var/ossec/etc/shared/default/agent.conf', last_error_at: at }] },
    ...over,
  };
}

describe('fitTable', () => {
  const cols = [{ head: 'NAME' }, { head: 'LONG DESCRIPTION', min: 8 }, { head: 'EXTRA', drop: 1 }, { head: 'WHEN', short: () => '10:00', shortHead: 'AT' }];
  const rows = [['alpha', 'x'.repeat(60), 'something extra', '2026-01-14T10:00:00.000Z']];

  test.each<[number | null, (t: string) => void]>([
    [null, (t) => { expect(t).toContain('x'.repeat(60)); expect(t).toContain('EXTRA'); expect(t).toContain('2026-01-14T10:00:00.000Z'); }],
    [200, (t) => { expect(t).toContain('x'.repeat(60)); expect(t).toContain('2026-01-14T10:00:00.000Z'); }],
    // Too wide: short forms first, then the droppable column goes, then the widest is cut with '…'.
    [90, (t) => { expect(t).toContain('10:00'); expect(t).toContain(' AT '); expect(t).not.toContain('EXTRA'); expect(t).toContain('x'.repeat(60)); }],
    [50, (t) => { expect(t).toMatch(/x+…/); expect(t).not.toContain('EXTRA'); }],
    [10, (t) => { expect(t).toContain('alpha'); }], // cannot fit: cut to each column's minimum, still a table
  ])('width %p', (width, check) => {
    const t = fitTable(cols, rows, width);
    check(t);
    if (width !== null && width >= 50) expect(widest(t)).toBeLessThanOrEqual(width);
  });

  test('cuts each line of a multi-line cell and measures the table as drawn', () => {
    expect(cutLines('abcdef\nab', 4)).toBe('abc…\nab');
    expect(tableWidth([3, 5])).toBe(1 + (3 + 3) + (5 + 3));
    const t = fitTable([{ head: 'A' }, { head: 'B' }], [['abc', 'abcde']], null);
    expect(widest(t)).toBe(tableWidth([3, 5]));
  });

  test('shortTimes turns every ISO timestamp of a cell into a time of day', () => {
    expect(shortTimes('2026-01-14T10:00:00.000Z (2 not writable)')).toMatch(/^\d{2}:\d{2}:\d{2} \(2 not writable\)$/);
    expect(shortTimes('-')).toBe('-');
  });
});

describe('the health table (190 columns at full width)', () => {
  const workers = [health('worker-1'), health('worker-22', { connected: false, disconnect_reason: 'keep-alive silence for 30s', seconds_since_keep_alive: 42 })];

  test('whole when nothing limits it, as `warden control health` prints to a pipe', () => {
    const t = healthTable(workers, null);
    expect(widest(t)).toBeGreaterThan(150);
    expect(t).toContain('INTEGRITY CHECK');
    expect(t).toContain('192.168.100.101');
  });

  test.each([160, 120, 100, 80])('fits %i columns, keeping the worker, its connection, its keep-alive and its loops', (width) => {
    const t = healthTable(workers, width);
    expect(widest(t)).toBeLessThanOrEqual(width);
    for (const must of ['worker-1', 'worker-22', 'KEEP-ALIVE', '0.4s ago', 'LOOPS']) expect(t).toContain(must);
    expect(t).not.toContain('2026-01-14T'); // timestamps shortened first
  });
});

describe('tree', () => {
  test('draws the tree under its root, siblings by name, with status, mailbox and restarts', () => {
    const actors = WORKER_TREE.map((p) => actor(p));
    actors[7] = actor('/worker-1/dialer/master/keep-alive', { kind: 'KeepAliveActor', restarts: 2, mailbox: 3, dropped: 1 });
    expect(treeRows(actors).map((r) => r.label)).toEqual([
      '/worker-1',
      '├─ agent-server',
      '├─ dialer',
      '│  └─ master',
      '│     ├─ agent-groups',
      '│     ├─ agent-info',
      '│     ├─ integrity',
      '│     └─ keep-alive',
      '└─ log-rotation',
    ]);
    const t = renderTree(view(actors), null);
    expect(t).toMatch(/│     └─ keep-alive\s+│ KeepAliveActor\s+│ idle\s+│ 3 \(1 dropped\)\s+│ 2\s+│/);
  });

  test('a subtree is drawn from the path asked', () => {
    const rows = treeRows(WORKER_TREE.filter((p) => p.startsWith('/worker-1/dialer')).map((p) => actor(p)));
    expect(rows.map((r) => r.label)).toEqual(['/worker-1/dialer', '└─ master', '   ├─ agent-groups', '   ├─ agent-info', '   ├─ integrity', '   └─ keep-alive']);
  });

  test.each<[Partial<Parameters<typeof statusText>[0]>, RegExp]>([
    [{ status: 'idle' }, /^idle$/],
    [{ status: 'busy', busySince: NOW - 1_500 }, /^busy 1\.5s$/],
    [{ status: 'backing-off', nextRestartAt: NOW + 400 }, /^backing off until \d{2}:\d{2}:\d{2} \(in 400ms\)$/],
    [{ status: 'backing-off', nextRestartAt: NOW + 10_000, failing: true }, /\(in 10\.0s\), failing$/],
    [{ status: 'stopped' }, /^stopped$/],
    [{ status: 'failed' }, /^failed$/],
  ])('status %j', (a, text) => {
    expect(statusText({ status: 'idle', busySince: null, nextRestartAt: null, failing: false, ...a }, NOW)).toMatch(text);
  });
});

describe('top', () => {
  const before = view([
    actor('/a', { handled: 10, busyMs: 100, mailbox: 0, handleTime: timesOf([0.001]) }),
    actor('/b', { handled: 0, busyMs: 0, mailbox: 7, restarts: 3 }),
    actor('/c', { handled: 5, busyMs: 0 }),
  ], NOW);
  const after = view([
    actor('/a', { handled: 30, busyMs: 600, mailbox: 0, handleTime: timesOf([0.001, ...new Array(19).fill(0.004), 0.2]) }),
    actor('/b', { handled: 0, busyMs: 0, mailbox: 9, restarts: 3 }),
    actor('/c', { handled: 5, busyMs: 0 }),
    actor('/new', { handled: 4 }),
  ], NOW + 2_000);

  test('rates, busy share and percentiles come from the growth between two tables', () => {
    const rows = topRows(before, after, 'busy', null);
    const a = rows.find((r) => r.path === '/a')!;
    expect(a).toMatchObject({ msgs_per_s: 10, busy_pct: 25, p50_s: 0.005, p99_s: 0.25, mailbox: 0 });
    expect(rows.find((r) => r.path === '/c')).toMatchObject({ msgs_per_s: 0, busy_pct: 0, p50_s: null, p99_s: null });
    // An actor that was not there before has no rate yet.
    expect(rows.find((r) => r.path === '/new')).toMatchObject({ msgs_per_s: null, busy_pct: null });
  });

  test.each<['mailbox' | 'msgs' | 'restarts' | 'busy', string[]]>([
    ['busy', ['/a', '/b', '/c', '/new']],
    ['msgs', ['/a', '/b', '/c', '/new']],
    ['mailbox', ['/b', '/a', '/c', '/new']],
    ['restarts', ['/b', '/a', '/c', '/new']],
  ])('sorted by %s', (sort, order) => {
    expect(topRows(before, after, sort, null).map((r) => r.path)).toEqual(order);
  });

  test('--limit keeps the first rows; the first table has no rates', () => {
    expect(topRows(before, after, 'mailbox', 1).map((r) => r.path)).toEqual(['/b']);
    expect(topRows(null, after, 'busy', null).every((r) => r.msgs_per_s === null)).toBe(true);
    const t = renderTop(topRows(before, after, 'busy', null), 'top: worker-1', 100);
    expect(t.split('\n')[0]).toBe('top: worker-1');
    expect(t).toMatch(/│ \/a\s+│ Loop\s+│ 0\s+│ 10\.0\s+│ 25\.0\s+│ ≤5ms\s+│ ≤250ms\s+│/);
    expect(widest(t)).toBeLessThanOrEqual(100);
  });
});

describe('timers and info', () => {
  const tick = { schedule: 'every 10s', lastAt: NOW - 3_000, lastRunAt: NOW - 3_000, lastDurationMs: 12.5, nextAt: NOW + 7_000, skipped: 2 };
  const actors = [
    actor('/w/dialer/master', { kind: 'MasterConnection' }),
    actor('/w/dialer/master/integrity', {
      kind: 'IntegrityActor', tick, restarts: 1, handled: 4, recentMessages: ['check', 'stream'], summary: 'syncs=3',
      restartLog: [{ message: 'EACCES: denied', at: NOW - 5_000, stack: 'Error: EACCES: denied\n    at apply (apply.ts:10:3)\n    at run (x.ts:1:1)', scope: 'local', restartInMs: 200 }],
    }),
    actor('/w/dialer/master/keep-alive', { tick: { ...tick, schedule: 'cron */10 * * * * *', lastRunAt: null, lastDurationMs: null } }),
  ];

  test('timers: schedule, last run, next run, last duration and overlaps skipped of each scheduled loop', () => {
    expect(timerRows(view(actors))).toEqual([
      { path: '/w/dialer/master/integrity', schedule: 'every 10s', last_run: NOW - 3_000, last_duration_ms: 12.5, next_run: NOW + 7_000, skipped: 2, status: 'idle' },
      { path: '/w/dialer/master/keep-alive', schedule: 'cron */10 * * * * *', last_run: null, last_duration_ms: null, next_run: NOW + 7_000, skipped: 2, status: 'idle' },
    ]);
    const t = renderTimers(view(actors), 120);
    expect(t).toMatch(/\/w\/dialer\/master\/integrity\s+│ every 10s\s+│ 3\.0s ago\s+│ in 7\.0s\s+│ 13ms\s+│ 2 /);
    expect(renderTimers(view([actor('/x')]), 120)).toBe('No scheduled loops on worker-1.');
  });

  test('info: state, children, policy, last messages, tick and the restart log with its stack', () => {
    const text = renderInfo(view(actors), '/w/dialer/master/integrity');
    for (const line of [
      /^\/w\/dialer\/master\/integrity {2}IntegrityActor on worker-1$/m,
      /^summary\s+syncs=3$/m,
      /^restarts\s+1$/m,
      /^policy\s+restart after 100ms\.\.1s$/m,
      /^tick\s+every 10s; last run 3\.0s ago, took 13ms; next in 7\.0s; 2 overlaps skipped$/m,
      /^last messages\s+check, stream$/m,
      /^children\s+none$/m,
      /local, restarted after 200ms: EACCES: denied$/m,
      /^ {6}at apply \(apply\.ts:10:3\)$/m,
    ]) expect(text).toMatch(line);
    expect(renderInfo(view(actors), '/w/dialer/master')).toMatch(/^children\s+integrity \(IntegrityActor, idle\)\n\s+keep-alive \(Loop, idle\)$/m);
  });
});

describe('trace lines, stats, help and formats', () => {
  test.each<[Parameters<typeof traceLine>[0], RegExp]>([
    [{ seq: 1, at: NOW, dir: 'in', via: 'actor', type: 'send', bytes: 8 }, /^\d{2}:\d{2}:\d{2}\.000 {2}in {4}actor {2}send\s+~8 B$/],
    [{ seq: 2, at: NOW, dir: 'out', via: 'wire', type: 'keepAlive', bytes: 174 }, /out {3}wire {3}keepAlive\s+174 B$/],
    [{ seq: 3, at: NOW, dir: 'out', via: 'actor', type: 'changed', bytes: 2048, to: '/w/agent-info' }, /~2\.0 KiB {2}-> \/w\/agent-info$/],
    [{ seq: 4, at: NOW, dir: 'done', via: 'actor', type: 'send', bytes: 0, ms: 3.2, failed: 'TimeoutError' }, /done {2}actor {2}send\s+took 3ms, FAILED \(TimeoutError\)$/],
  ])('trace %j', (e, line) => {
    expect(traceLine(e)).toMatch(line);
  });

  test('stats', () => {
    const s: NodeStats = {
      pid: 42, node_version: 'v20.0.0', uptime_s: 3_700, started_at: '2026-01-14T09:00:00.000Z',
      event_loop: { sample_ms: 500, delay_ms: { min: 0, mean: 0.4, p50: 0.3, p99: 2.5, max: 3 }, utilization: 0.123, utilization_total: 0.05 },
      memory: { rss: 100 * 1024 * 1024, heap_used: 20 * 1024 * 1024, heap_total: 30 * 1024 * 1024, heap_limit: 4 * 1024 ** 3, external: 1024, array_buffers: 10 },
      handles: { total: 3, by_type: { Timeout: 2, TCPServerWrap: 1 } },
      sockets: [{ kind: 'listening', endpoint: '127.0.0.1:1516', count: 1 }, { kind: 'in', endpoint: ':1516', count: 2 }],
    };
    const t = renderStats('master', s, 100);
    for (const m of [/up 1h1m/, /utilisation 12\.3% over 500ms, 5\.0% since start/, /p99 2\.5ms/, /rss 100\.0 MiB, heap 20\.0 MiB used of 30\.0 MiB \(limit 4\.00 GiB\)/,
      /handles\s+3: Timeout 2, TCPServerWrap 1/, /listening\s+│ 127\.0\.0\.1:1516\s+│ 1/, /accepted on │ :1516\s+│ 2/]) expect(t).toMatch(m);
    expect(renderStats('master', { ...s, sockets: null }, 100)).toMatch(/sockets: this Node\.js cannot list them$/);
  });

  test('help lists every command, and one command with its options', () => {
    expect(renderHelp(null)).toMatch(/^ {2}top +actors by activity/m);
    expect(renderHelp(null).split('\n').filter((l) => /^ {2}\w/.test(l))).toHaveLength(17);
    expect(renderHelp('logs')).toMatch(/^usage: logs \[-f\|--follow\].*\n {2}the tail.*\n {2}--follow, -f {2}keep printing/);
    expect(renderHelp('logs')).toMatch(/^ {2}--task {8}lines whose tag/m);
  });

  test.each<[string, string]>([
    [duration(0.25), '0.25ms'], [duration(950), '950ms'], [duration(1_500), '1.5s'], [duration(90_000), '1m30s'], [duration(7_500_000), '2h5m'],
    [relative(NOW - 2_000, NOW), '2.0s ago'], [relative(NOW + 300, NOW), 'in 300ms'], [relative(null, NOW), '-'],
    [bucketTime(0.0025), '≤2.5ms'], [bucketTime(2.5), '≤2.5s'], [bucketTime(Infinity), '>10s'], [bucketTime(null), '-'],
    [bytes(512), '512 B'], [bytes(2048), '2.0 KiB'], [bytes(3_500_000), '3.3 MiB'],
  ])('%s is %s', (got, want) => {
    expect(got).toBe(want);
  });
});
