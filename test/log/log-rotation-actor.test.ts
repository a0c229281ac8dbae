// The daily rotation actor with its real targets (the cluster log, alerts/alerts.json, archives/archives.json,
// where Wazuh keeps them: each archive lands beside its live file) in a temp dir, on a manual clock. Times are built in local time (new Date(y, m, d, ...)), as node-cron fires and
// as the archives are named, so the expectations hold under any TZ (run with UTC and Etc/GMT-12).
//
// The schedule fires at midnight on Feb 29 only: node-cron runs it in real time, and it must never fire
// while the suite runs; the ticks here are posted by the tests (spec.tick.message()).
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LinesFile } from '../../actors/analysis/lines-file';
import { logRotationSpec, type LogRotationDeps, type RotationTarget } from '../../actors/node/log-rotation';
import type { ActorSpec, SupervisionEvent } from '../../actors/supervision/actor';
import { type ActorSystem, startActorSystem } from '../../actors/supervision/system';
import { CronError } from '../../config/cron';
import { createClusterLog, memoryLog } from '../../log/cluster-log';
import { ManualClock } from '../helpers/manual-clock';

const AT_MIDNIGHT = '0 0 0 29 2 *';
// The tick handled 2.5 s after its fire (a busy node): the content is still Feb 28th's.
const LATE_AFTER_MIDNIGHT = new Date(2028, 1, 29, 0, 0, 2, 500).getTime();

let dir: string;
let logs: string;
let clock: ManualClock;
let sys: ActorSystem<unknown> | undefined;
let events: SupervisionEvent[];
const closers: (() => Promise<void>)[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warden-rotation-actor-'));
  logs = join(dir, 'logs');
  events = [];
});
afterEach(async () => {
  await sys?.shutdown();
  sys = undefined;
  for (const close of closers.splice(0)) await close();
  rmSync(dir, { recursive: true, force: true });
});

function start(deps: Omit<LogRotationDeps, 'clock' | 'logsDir'>, now: number) {
  clock = new ManualClock(now);
  const root: ActorSpec<null, unknown> = { name: 'node', kind: 'Node', init: () => null, receive: (s) => s };
  sys = startActorSystem(root, { clock, random: () => 0, onEvent: (e) => events.push(e) });
  const spec = logRotationSpec({ ...deps, clock, logsDir: logs });
  const actor = sys.root.spawn(spec);
  /** Posts what the cron tick posts and waits until it has been handled (real file I/O). */
  const tick = async (): Promise<void> => {
    actor.tell(spec.tick!.message());
    await sys!.idle();
  };
  return { spec, actor, tick, info: () => sys!.registry.get('/node/log-rotation')! };
}

/** alerts.json -> <logs>/alerts/alerts.json, as the node lays them out. */
const live = (name: string): string => join(logs, name.replace(/\.json$/, ''), name);
function linesFile(name: string): LinesFile {
  const f = new LinesFile(live(name));
  closers.push(() => f.close());
  return f;
}
const target = (name: string, f: { rotate: RotationTarget['rotate'] }): RotationTarget => ({ name, rotate: (req) => f.rotate(req) });

/** Appends are written by streams: wait (real time, bounded) until the file holds `bytes`. */
async function flushed(file: string, bytes: number): Promise<void> {
  for (let i = 0; i < 500 && (!existsSync(file) || statSync(file).size < bytes); i++) await new Promise((r) => setTimeout(r, 10));
  expect(statSync(file).size).toBe(bytes);
}
const gunzip = (file: string): string => gunzipSync(readFileSync(file)).toString('utf8');

test('a tick archives every target into logs/<name>/YYYY/Mon/<name>-DD.<ext>.gz, dated the day before the midnight fire', async () => {
  const clusterFile = join(logs, 'cluster.log');
  const cluster = createClusterLog({
    file: clusterFile, level: 'info', stderr: false, role: 'Master', nodeName: 'm1', now: () => new Date(clock.now()),
  });
  closers.push(() => cluster.close());
  const alerts = linesFile('alerts.json');
  const archives = linesFile('archives.json');
  const { spec, tick, info } = start({
    schedule: { cron: AT_MIDNIGHT },
    targets: [target('cluster.log', cluster), target('alerts.json', alerts), target('archives.json', archives)],
    log: cluster.task('Log rotation'),
  }, LATE_AFTER_MIDNIGHT);
  expect(spec.tick!.schedule).toEqual({ cron: AT_MIDNIGHT });
  expect(info().tick).toMatchObject({ schedule: `cron ${AT_MIDNIGHT}` });
  expect(info().summary).toBe('no rotation yet');

  cluster.info('Written on the 28th.');
  alerts.append('{"rule":1}\n', 1);
  archives.append('{"event":1}\n{"event":2}\n', 2);
  const line = '2028/02/29 00:00:02 INFO: [Master m1] Written on the 28th.\n';
  await flushed(clusterFile, line.length);
  await flushed(live('alerts.json'), 11);
  await flushed(live('archives.json'), 24);

  await tick();
  const feb = (name: string) => join(logs, name, '2028', 'Feb');
  expect(gunzip(join(feb('cluster'), 'cluster-28.log.gz'))).toBe(line);
  expect(gunzip(join(feb('alerts'), 'alerts-28.json.gz'))).toBe('{"rule":1}\n');
  expect(gunzip(join(feb('archives'), 'archives-28.json.gz'))).toBe('{"event":1}\n{"event":2}\n');
  expect(info()).toMatchObject({ handled: 1, restarts: 0, lastError: null });
  expect(info().summary).toBe('last 2028/02/29 00:00:02 (content of 2028-02-28) archived=3');

  // The live files start fresh and take what comes next; the actor's own lines go to the fresh cluster.log.
  alerts.append('{"rule":2}\n', 1);
  await flushed(live('alerts.json'), 11);
  expect(readFileSync(live('alerts.json'), 'utf8')).toBe('{"rule":2}\n');
  expect(readFileSync(live('archives.json'), 'utf8')).toBe('');
  expect(readdirSync(join(logs, 'alerts')).sort()).toEqual(['2028', 'alerts.json']); // Wazuh's layout: live file beside its year folders
  await cluster.close();
  const fresh = readFileSync(clusterFile, 'utf8').split('\n').filter((l) => l !== '');
  expect(fresh).toEqual(['cluster', 'alerts', 'archives'].map((n) => expect.stringMatching(
    new RegExp(`^2028/02/29 00:00:02 INFO: \\[Master m1\\] \\[Log rotation\\] ${n}\\.\\w+: archived \\d+ bytes \\(content of 2028-02-28\\) to ${feb(n)}/${n}-28\\.\\w+\\.gz$`),
  )));
});

test('a failing target: the others are still archived, then the actor fails and is restarted with backoff', async () => {
  const log = memoryLog({ now: () => new Date(clock.now()) });
  const alerts = linesFile('alerts.json');
  const archives = linesFile('archives.json');
  const broken: RotationTarget = { name: 'broken.json', rotate: () => Promise.reject(new Error('EIO: i/o error')) };
  const { tick, info, actor } = start({
    schedule: { cron: AT_MIDNIGHT },
    targets: [target('alerts.json', alerts), broken, target('archives.json', archives)],
    log,
  }, LATE_AFTER_MIDNIGHT);
  alerts.append('{"rule":1}\n', 1);
  archives.append('{"event":1}\n', 1);
  await flushed(live('alerts.json'), 11);
  await flushed(live('archives.json'), 12);

  await tick();
  expect(gunzip(join(logs, 'alerts', '2028', 'Feb', 'alerts-28.json.gz'))).toBe('{"rule":1}\n');
  expect(gunzip(join(logs, 'archives', '2028', 'Feb', 'archives-28.json.gz'))).toBe('{"event":1}\n'); // after the failure
  expect(log.lines.map((l) => l.replace(/ to .*/, ''))).toEqual([
    expect.stringMatching(/INFO: .*alerts\.json: archived 11 bytes \(content of 2028-02-28\)$/),
    expect.stringMatching(/INFO: .*archives\.json: archived 12 bytes \(content of 2028-02-28\)$/),
  ]); // the failure is not logged here: the supervisor reports it
  expect(info()).toMatchObject({ status: 'backing-off', restarts: 0 });
  expect(info().lastError).toMatchObject({ scope: 'local', message: 'daily rotation failed for 1 of 3 files (broken.json: EIO: i/o error)' });
  expect(events).toEqual([expect.objectContaining({ type: 'crashed', path: '/node/log-rotation' })]);

  await clock.advance(10_000, () => sys!.idle()); // at most the backoff cap
  expect(info()).toMatchObject({ status: 'idle', restarts: 1, summary: 'no rotation yet' });
  expect(actor.status).toBe('idle');
  expect(events.map((e) => e.type)).toEqual(['crashed', 'restarted']);
});

test('a noon schedule archives the same day; empty files and targets without a file archive nothing', async () => {
  const log = memoryLog();
  const alerts = linesFile('alerts.json');
  const empty = linesFile('archives.json');
  const noFile = memoryLog(); // a ClusterLog with no file: rotate() resolves null
  const { tick, info } = start({
    schedule: { cron: '0 0 12 29 2 *' },
    targets: [target('alerts.json', alerts), target('archives.json', empty), target('cluster.log', noFile)],
    log,
  }, new Date(2028, 1, 29, 12, 0, 0, 300).getTime());
  alerts.append('{"rule":1}\n', 1);
  await flushed(live('alerts.json'), 11);
  await tick();
  expect(gunzip(join(logs, 'alerts', '2028', 'Feb', 'alerts-29.json.gz'))).toBe('{"rule":1}\n');
  expect(existsSync(join(logs, 'archives', '2028'))).toBe(false);
  expect(log.lines).toHaveLength(1);
  expect(info().summary).toBe('last 2028/02/29 12:00:00 (content of 2028-02-29) archived=1');
});

test('a bad schedule fails when the spec is made, not at the first fire', () => {
  const deps = { logsDir: '/nonexistent', targets: [], clock: new ManualClock(0), log: memoryLog() };
  expect(() => logRotationSpec({ ...deps, schedule: { cron: '0 0 * * *' } })).toThrow(CronError);
});
