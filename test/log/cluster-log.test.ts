import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ClusterLogError, createClusterLog, type ClusterLogOptions } from '../../log/cluster-log';

const NOW = new Date(2026, 10, 26, 10, 0, 0);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warden-log-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function open(extra: Partial<ClusterLogOptions> = {}) {
  const file = join(dir, 'data', 'logs', 'cluster.log');
  const log = createClusterLog({ file, level: 'info', stderr: false, role: 'Worker', nodeName: 'worker-1', now: () => NOW, ...extra });
  return { log, file };
}

const readLines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');

describe('createClusterLog', () => {
  test('close() flushes every line to the file, in the Wazuh format', async () => {
    const { log, file } = open();
    log.info('Started.');
    log.task('Keep Alive').info('Keep alive sent.');
    log.task('Integrity sync', 'master-1').warning('Slow: 3 missing.');
    log.error('Connection lost', new Error('read ECONNRESET'));
    log.task('Agent info').error('Send failed', new Error('timeout', { cause: new Error('no reply in 5s') }));
    await log.close();
    expect(readLines(file)).toEqual([
      '2026/11/26 10:00:00 INFO: [Worker worker-1] Started.',
      '2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.',
      '2026/11/26 10:00:00 WARNING: [Worker worker-1] [Integrity sync] [master-1] Slow: 3 missing.',
      '2026/11/26 10:00:00 ERROR: [Worker worker-1] Connection lost: read ECONNRESET',
      '2026/11/26 10:00:00 ERROR: [Worker worker-1] [Agent info] Send failed: timeout: no reply in 5s',
    ]);
  });

  test('creates the logs folder with mode 0750', async () => {
    const { log } = open();
    await log.close();
    expect(statSync(join(dir, 'data', 'logs')).mode & 0o777).toBe(0o750);
  });

  test.each<[ClusterLogOptions['level'], string[]]>([
    ['error', ['ERROR']],
    ['warning', ['WARNING', 'ERROR']],
    ['info', ['INFO', 'WARNING', 'ERROR']],
    ['debug', ['DEBUG', 'INFO', 'WARNING', 'ERROR']],
  ])('at level %s only %j lines are written', async (level, written) => {
    const { log, file } = open({ level });
    const task = log.task('T');
    task.debug('d');
    task.info('i');
    task.warning('w');
    task.error('e');
    await log.close();
    expect(readLines(file).map((l) => l.split(' ')[2])).toEqual(written.map((w) => `${w}:`));
  });

  test('appends to an existing file', async () => {
    const first = open();
    first.log.info('one');
    await first.log.close();
    const second = open();
    second.log.info('two');
    await second.log.close();
    expect(readLines(first.file).map((l) => l.split('] ')[1])).toEqual(['one', 'two']);
  });

  test('close() is idempotent and later lines are dropped', async () => {
    const { log, file } = open();
    log.info('before');
    const a = log.close();
    expect(log.close()).toBe(a);
    log.info('after');
    log.task('T').error('after too');
    await a;
    await log.close();
    expect(readLines(file)).toEqual(['2026/11/26 10:00:00 INFO: [Worker worker-1] before']);
  });

  const line = (i: number): string =>
    `2026/11/26 10:00:00 INFO: [Worker worker-1] line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`;
  /** Lines of cluster<N>.log .. cluster1.log, cluster.log: oldest first. */
  const allLines = (logsDir: string): string[] =>
    readdirSync(logsDir)
      .map((f) => ({ f, n: Number(/^cluster(\d*)\.log$/.exec(f)?.[1] || 0) }))
      .sort((a, b) => b.n - a.n)
      .flatMap(({ f }) => readLines(join(logsDir, f)));
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

  test('rotates by size once the limit is passed, losing no line', async () => {
    const { log } = open({ maxSizeBytes: 1024, maxFiles: 50 });
    for (let i = 0; i < 100; i++) {
      log.info(line(i).split('] ')[1]);
      await tick(); // a steady trickle, as a node logs: winston rotates after the write that passed the limit
    }
    await log.close();
    const logsDir = join(dir, 'data', 'logs');
    const files = readdirSync(logsDir);
    expect(files).toContain('cluster1.log');
    // A file is rotated only once it has passed the limit (a burst can take it further).
    for (const f of files.filter((f) => f !== 'cluster.log')) expect(statSync(join(logsDir, f)).size).toBeGreaterThanOrEqual(1024);
    expect(allLines(logsDir)).toEqual(Array.from({ length: 100 }, (_, i) => line(i)));
  });

  test('keeps at most maxFiles files, the newest lines', async () => {
    const { log } = open({ maxSizeBytes: 1024, maxFiles: 3 });
    for (let i = 0; i < 200; i++) {
      log.info(line(i).split('] ')[1]);
      await tick();
    }
    await log.close();
    const logsDir = join(dir, 'data', 'logs');
    expect(readdirSync(logsDir).sort()).toEqual(['cluster.log', 'cluster1.log', 'cluster2.log']);
    const kept = allLines(logsDir);
    expect(kept.length).toBeLessThan(200);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, k) => line(200 - kept.length + k)));
  });

  test('a burst written before the file opens is neither lost nor stuck', async () => {
    const { log } = open({ maxSizeBytes: 1024, maxFiles: 50 });
    for (let i = 0; i < 100; i++) log.info(line(i).split('] ')[1]);
    await log.close();
    expect(allLines(join(dir, 'data', 'logs'))).toEqual(Array.from({ length: 100 }, (_, i) => line(i)));
  });

  test.each<[string, (data: string) => void]>([
    ['a file where the logs folder should be', (data) => writeFileSync(data, 'not a folder')],
    ['a folder where the file should be', (data) => mkdirSync(join(data, 'logs', 'cluster.log'), { recursive: true })],
  ])('%s is a ClusterLogError at once', (_name, spoil) => {
    spoil(join(dir, 'data'));
    expect(() => open()).toThrow(ClusterLogError);
    expect(() => open()).toThrow(/^cannot open the cluster log .*\/data\/logs\/cluster\.log: E(NOTDIR|EXIST|ISDIR)/);
  });

  test('a file that never opens makes close() reject at its deadline, not hang', async () => {
    const { log } = open({ closeDeadlineMs: 300 });
    rmSync(join(dir, 'data'), { recursive: true }); // before winston's asynchronous open
    log.info('lost');
    await expect(log.close()).rejects.toThrow(/did not flush within 300 ms/);
  });

  test('without a file or stderr nothing is written and close() resolves', async () => {
    const log = createClusterLog({ level: 'debug', stderr: false, role: 'Master', nodeName: 'm' });
    log.info('nowhere');
    await expect(log.close()).resolves.toBeUndefined();
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  test('stderr: true writes the same lines to stderr', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const log = createClusterLog({ level: 'info', stderr: true, role: 'Master', nodeName: 'm', now: () => NOW });
      log.task('Shell').info('ready');
      log.debug('hidden');
      await log.close();
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(['2026/11/26 10:00:00 INFO: [Master m] [Shell] ready\n']);
  });
});

describe('rotate() (the daily archive)', () => {
  const DAY = new Date(2026, 10, 25, 12); // local: content of 2026-11-25
  const archiveOf = (): string => join(dir, 'data', 'logs', 'cluster', '2026', 'Nov', 'cluster-25.log.gz');
  /** winston writes asynchronously: wait (real time, bounded) until the file holds something. */
  const written = async (file: string): Promise<void> => {
    for (let i = 0; i < 500 && statSync(file).size === 0; i++) await new Promise((r) => setTimeout(r, 10));
  };

  test('lines before go to the archive, lines after to a fresh cluster.log', async () => {
    const { log, file } = open();
    log.info('before');
    await written(file); // an empty file is not archived: its lines, once written, go to the fresh one
    await log.rotate({ logsDir: join(dir, 'data', 'logs'), day: DAY });
    log.info('after');
    await log.close();
    expect(gunzipSync(readFileSync(archiveOf())).toString('utf8')).toBe('2026/11/26 10:00:00 INFO: [Worker worker-1] before\n');
    expect(readLines(file)).toEqual(['2026/11/26 10:00:00 INFO: [Worker worker-1] after']);
  });

  test('closed while rotating: every line is archived and no fresh file is left open', async () => {
    const { log, file } = open();
    log.info('last words');
    await written(file);
    const rotating = log.rotate({ logsDir: join(dir, 'data', 'logs'), day: DAY });
    await log.close();
    expect(await rotating).toMatchObject({ archive: archiveOf() });
    expect(gunzipSync(readFileSync(archiveOf())).toString('utf8')).toBe('2026/11/26 10:00:00 INFO: [Worker worker-1] last words\n');
    expect(existsSync(file)).toBe(false); // the next start creates it
    expect(await log.rotate({ logsDir: join(dir, 'data', 'logs'), day: DAY })).toBeNull();
  });
});
