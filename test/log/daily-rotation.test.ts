// The daily rotation on a real file system, in a temp dir: archives hold exactly what was written, the
// live file starts fresh, a second rotation on the same day gets a counter, and failures reject with the
// live data in place. The "cannot write" cases use `chattr +i` (root ignores file modes); they are
// skipped, saying so, where chattr is not available.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Reopenable, rotateDaily, RotationError } from '../../log/daily-rotation';
import { chattrWorks } from '../helpers/chattr';

const DAY = new Date(2026, 11, 1, 23, 59, 59, 999); // content of 2026-12-01 (local time)

/** A writer as the real ones are: it holds an open descriptor, so a rename does not move its writes. */
class FdWriter implements Reopenable {
  fd: number;
  reopens = 0;
  beforeReopen: () => void = () => undefined;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a', 0o640);
  }
  write(text: string): void {
    writeSync(this.fd, text);
  }
  async reopen(): Promise<void> {
    this.beforeReopen();
    const fresh = openSync(this.path, 'a', 0o640);
    closeSync(this.fd);
    this.fd = fresh;
    this.reopens++;
  }
  close(): void {
    closeSync(this.fd);
  }
}

const CHATTR = chattrWorks();
const withChattr = CHATTR ? test : test.skip;
if (!CHATTR) console.warn('daily-rotation: chattr +i is not available here; the "cannot write" cases are skipped');

let dir: string;
let logs: string;
let live: string;
let writer: FdWriter;
const immutable: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warden-rotation-'));
  logs = join(dir, 'logs');
  mkdirSync(logs);
  live = join(logs, 'cluster.log');
  writer = new FdWriter(live);
});
afterEach(() => {
  writer.close();
  for (const p of immutable.splice(0)) execFileSync('chattr', ['-i', p]);
  rmSync(dir, { recursive: true, force: true });
});

const gunzip = (file: string): string => gunzipSync(readFileSync(file)).toString('utf8');
const folder = (): string => join(logs, 'cluster', '2026', 'Dec');
const lock = (path: string): void => {
  execFileSync('chattr', ['+i', path]);
  immutable.push(path);
};

test('the archive holds exactly what was written; the live file starts fresh', async () => {
  writer.write('line 1\nline 2\n');
  const r = await rotateDaily(writer, { logsDir: logs, day: DAY });
  expect(r).toEqual({ live, archive: join(folder(), 'cluster-01.log.gz'), bytes: 14, recovered: null });
  expect(gunzip(r.archive!)).toBe('line 1\nline 2\n');
  expect(statSync(r.archive!).mode & 0o777).toBe(0o640);
  expect(readFileSync(live, 'utf8')).toBe('');
  writer.write('line 3\n');
  expect(readFileSync(live, 'utf8')).toBe('line 3\n');
  expect(readdirSync(logs).sort()).toEqual(['cluster', 'cluster.log']);
  expect(readdirSync(folder())).toEqual(['cluster-01.log.gz']);
});

test('lines written after the move and before the reopen land in the archive', async () => {
  writer.write('before\n');
  writer.beforeReopen = () => writer.write('during\n');
  const r = await rotateDaily(writer, { logsDir: logs, day: DAY });
  writer.write('after\n');
  expect(gunzip(r.archive!)).toBe('before\nduring\n');
  expect(readFileSync(live, 'utf8')).toBe('after\n');
});

test('a second rotation on the same day gets a counter and overwrites nothing', async () => {
  writer.write('first\n');
  const a = await rotateDaily(writer, { logsDir: logs, day: DAY });
  writer.write('second\n');
  const b = await rotateDaily(writer, { logsDir: logs, day: DAY });
  writer.write('third\n');
  const c = await rotateDaily(writer, { logsDir: logs, day: DAY });
  expect([a.archive, b.archive, c.archive]).toEqual(['cluster-01.log.gz', 'cluster-01-2.log.gz', 'cluster-01-3.log.gz'].map((f) => join(folder(), f)));
  expect([a, b, c].map((r) => gunzip(r.archive!))).toEqual(['first\n', 'second\n', 'third\n']);
});

test('an empty live file is not archived (nor is a missing one)', async () => {
  expect(await rotateDaily(writer, { logsDir: logs, day: DAY })).toEqual({ live, archive: null, bytes: 0, recovered: null });
  expect(existsSync(join(logs, 'cluster'))).toBe(false);
  expect(writer.reopens).toBe(0);
  rmSync(live);
  expect(await rotateDaily(writer, { logsDir: logs, day: DAY })).toMatchObject({ archive: null });
});

withChattr('an archive folder that cannot be written: rejects, the live file is untouched and still written', async () => {
  writer.write('kept\n');
  mkdirSync(folder(), { recursive: true });
  lock(folder());
  const err = await rotateDaily(writer, { logsDir: logs, day: DAY }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RotationError);
  expect((err as Error).message).toMatch(/^cannot archive .*cluster\.log: cannot write in .*cluster\/2026\/Dec; the live file is untouched: .*EPERM/);
  expect((err as Error).cause).toBeDefined();
  writer.write('more\n');
  expect(readFileSync(live, 'utf8')).toBe('kept\nmore\n');
  expect(readdirSync(logs).sort()).toEqual(['cluster', 'cluster.log']);
  expect(writer.reopens).toBe(0);
});

withChattr('a failure after the move keeps the lines in <live>.rotating; the next rotation archives them first', async () => {
  writer.write('old day\n');
  mkdirSync(folder(), { recursive: true });
  // The folder turns read-only between the move and the compression: the archive cannot be renamed in.
  writer.beforeReopen = () => lock(folder());
  const err = await rotateDaily(writer, { logsDir: logs, day: DAY }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RotationError);
  expect((err as Error).message).toMatch(/its lines stay in .*cluster\.log\.rotating for the next rotation/);
  expect(readFileSync(`${live}.rotating`, 'utf8')).toBe('old day\n');
  // No archive, half-written or not: only the temporary file, which the locked folder keeps.
  expect(readdirSync(folder())).toEqual(['cluster-01.log.gz.tmp']);
  expect((err as Error).message).toMatch(/cluster-01\.log\.gz\.tmp is left behind/);
  writer.write('new day\n');

  writer.beforeReopen = () => undefined;
  execFileSync('chattr', ['-i', immutable.pop()!]);
  utimesSync(`${live}.rotating`, DAY, DAY);
  const r = await rotateDaily(writer, { logsDir: logs, day: DAY });
  expect(r.recovered).toBe(join(folder(), 'cluster-01.log.gz'));
  expect(r.archive).toBe(join(folder(), 'cluster-01-2.log.gz'));
  expect(gunzip(r.recovered!)).toBe('old day\n');
  expect(gunzip(r.archive!)).toBe('new day\n');
  expect(existsSync(`${live}.rotating`)).toBe(false);
  expect(readdirSync(folder()).sort()).toEqual(['cluster-01-2.log.gz', 'cluster-01.log.gz']); // the .tmp was reused
});

test('a reopen that fails before switching: the move is undone and the writer goes on in the same file', async () => {
  writer.write('one\n');
  writer.beforeReopen = () => {
    throw new Error('EMFILE: too many open files');
  };
  const err = await rotateDaily(writer, { logsDir: logs, day: DAY }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RotationError);
  expect((err as Error).message).toMatch(/cannot reopen .*cluster\.log after moving it aside, the move is undone: EMFILE/);
  writer.write('two\n');
  expect(readFileSync(live, 'utf8')).toBe('one\ntwo\n');
  expect(existsSync(`${live}.rotating`)).toBe(false);
  expect(readdirSync(folder())).toEqual([]);
});

test('a leftover is dated by its last write', async () => {
  writeFileSync(`${live}.rotating`, 'from november\n');
  const nov = new Date(2026, 10, 30, 18, 0, 0);
  utimesSync(`${live}.rotating`, nov, nov);
  const r = await rotateDaily(writer, { logsDir: logs, day: DAY });
  expect(r).toMatchObject({ archive: null, recovered: join(logs, 'cluster', '2026', 'Nov', 'cluster-30.log.gz') });
  expect(gunzip(r.recovered!)).toBe('from november\n');
});
