// Pid files and the apply lock against real processes: a live one of ours, one gone, a pid now another program's.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPidFile, readPidFile } from '../../scripts/scale/pid-file';
import { inspectPid } from '../../scripts/scale/process-identity';
import { acquireScaleLock, LockBusyError } from '../../scripts/scale/scale-lock';
import { tailOf } from '../../scripts/scale/managed-process';

let dir: string;
const children: ChildProcess[] = [];

/** A process whose command line holds `args` (as `warden daemon --config F` would). */
function idle(...args: string[]): ChildProcess {
  const c = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', ...args], { stdio: 'ignore' });
  children.push(c);
  return c;
}

function exited(c: ChildProcess): Promise<void> {
  return c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', () => r()));
}

async function stop(c: ChildProcess): Promise<void> {
  c.kill('SIGKILL');
  await exited(c);
}

beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'warden-pid-')); });
afterEach(async () => {
  await Promise.all(children.splice(0).map(stop));
  rmSync(dir, { recursive: true, force: true });
});

describe('inspectPid and readPidFile', () => {
  const marks = ['daemon', '--config', '/srv/n1/warden.yaml'];

  test('a live process holding the marks is ours; one without them is another program', () => {
    const c = idle(...marks);
    expect(inspectPid(c.pid!, marks)).toEqual({ state: 'ours' });
    const other = inspectPid(c.pid!, ['daemon', '--config', '/srv/n2/warden.yaml']);
    expect(other.state).toBe('other');
    if (other.state === 'other') expect(other.commandLine).toContain('setTimeout');
  });

  test.each<[string, (file: string) => Promise<number | null>, RegExp | null]>([
    ['no pid file', async () => null, null],
    ['a pid file of garbage', async (f) => { writeFileSync(f, 'twelve\n'); return null; }, /holds "twelve", not a pid/],
    ['a process that has exited', async (f) => {
      const c = idle(...marks);
      writeFileSync(f, `${c.pid}\n`);
      await stop(c);
      return null;
    }, /pid \d+ is no longer running/],
    ['a pid reused by another program', async (f) => {
      const c = idle('something-else');
      writeFileSync(f, `${c.pid}\n`);
      return null;
    }, /pid \d+ is now another program \(.*something-else\)/],
    ['our process, running', async (f) => {
      const c = idle(...marks);
      writeFileSync(f, `${c.pid}\n`);
      return c.pid!;
    }, null],
  ])('%s', async (_name, arrange, staleWhy) => {
    const file = join(dir, 'warden.pid');
    const pid = await arrange(file);
    const state = readPidFile(file, marks);
    if (pid !== null) expect(state).toEqual({ kind: 'running', pid });
    else if (staleWhy) expect(state).toMatchObject({ kind: 'stale', why: expect.stringMatching(staleWhy) });
    else expect(state).toEqual({ kind: 'none' });

    const heard: string[] = [];
    expect(checkPidFile(file, marks, (why) => heard.push(why))).toBe(pid);
    // A stale file is removed and said; a live one is kept.
    expect(existsSync(file)).toBe(pid !== null);
    expect(heard.length).toBe(staleWhy ? 1 : 0);
  });
});

describe('acquireScaleLock', () => {
  test('a second apply on the same base_dir is refused while the first holds the lock; released, it is free again', () => {
    const file = join(dir, '.scale.lock');
    const holder = idle('scale', 'apply', 'topology.yaml');
    writeFileSync(file, `${holder.pid}\napply\n`);
    expect(() => acquireScaleLock(file, 'apply')).toThrow(LockBusyError);
    expect(() => acquireScaleLock(file, 'apply')).toThrow(new RegExp(`pid ${holder.pid}`));
  });

  test('a lock whose holder is gone, or is another program, is taken over', async () => {
    const file = join(dir, '.scale.lock');
    const gone = idle('scale', 'apply');
    writeFileSync(file, `${gone.pid}\napply\n`);
    await stop(gone);
    const lock = acquireScaleLock(file, 'down');
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\ndown\n`);
    lock.release();
    expect(existsSync(file)).toBe(false);

    const stranger = idle('not-warden');
    writeFileSync(file, `${stranger.pid}\napply\n`);
    acquireScaleLock(file, 'apply').release();
    expect(existsSync(file)).toBe(false);
  });
});

describe('tailOf', () => {
  test('shows only what the latest run wrote, at most the last lines asked', () => {
    const file = join(dir, 'daemon.out');
    writeFileSync(file, [
      'first run', '--- 2026-12-02T05:52:27.795Z warden daemon --config a', 'second run failed',
      '--- 2026-12-02T05:55:00.998Z warden daemon --config a', 'line 1', 'line 2', 'line 3', '',
    ].join('\n'));
    expect(tailOf(file)).toBe('    | line 1\n    | line 2\n    | line 3');
    expect(tailOf(file, 2)).toBe('    | line 2\n    | line 3');
    expect(tailOf(join(dir, 'missing.out'))).toMatch(/no output in/);
  });
});
