// Leader election across processes on a real etcd: a leader killed with SIGKILL is replaced once its
// lease expires; a leader paused (SIGSTOP) past its TTL is replaced, and when it resumes (SIGCONT) the
// first thing it does is report itself fenced: at no moment do two candidates accept writes. Each child
// logs its writes with the deadline it believed in, on the machine's monotonic clock, so the windows in
// which each considered itself writable can be compared.
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compiledEntry } from '../../lib/compiled-entry';
import { monotonicNow } from '../../lib/clock';
import { EtcdServer } from '../../scripts/harness/etcd-server';
import { freshPrefix, sleep, waitFor } from './helpers';

jest.setTimeout(60_000);

const DRIVER = compiledEntry(__filename, 'election-driver'); // dist/test/ha/election-driver.js
const TTL = 3_000;
const SOON = 4 * TTL; // generous: these tests assert what happens, not how fast

interface Line {
  node: string;
  pid: number;
  at: number;
  ev: string;
  epoch?: number;
  until?: number;
  reason?: string;
  leader?: { node: string; epoch: number } | null;
}

class Child {
  readonly proc: ChildProcess;
  stderr = '';

  constructor(readonly node: string, readonly logFile: string, endpoint: string, prefix: string) {
    this.proc = spawn(process.execPath, [DRIVER, endpoint, prefix, node, String(TTL), logFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (c: string) => { this.stderr = (this.stderr + c).slice(-4_000); });
  }

  lines(): Line[] {
    if (!fs.existsSync(this.logFile)) return [];
    return fs.readFileSync(this.logFile, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line);
  }

  has(ev: string, after = -Infinity): boolean {
    return this.lines().some((l) => l.ev === ev && l.at > after);
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Gone for sure, even if stopped: SIGCONT first, then SIGKILL. */
  async kill(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill('SIGCONT');
    this.proc.kill('SIGKILL');
    await exited;
  }
}

/**
 * The windows in which a node considered itself writable: per epoch, from its first write to the last
 * deadline it held, or to the moment it reported the lead lost when that came first (a resignation).
 */
function writableWindows(lines: Line[]): { node: string; epoch: number; from: number; to: number }[] {
  const windows: { node: string; epoch: number; from: number; to: number }[] = [];
  let open: (typeof windows)[number] | undefined;
  for (const l of lines) {
    if (l.ev === 'write') {
      if (!open || open.epoch !== l.epoch) windows.push(open = { node: l.node, epoch: l.epoch!, from: l.at, to: l.until! });
      else open.to = Math.max(open.to, l.until!);
    } else if (l.ev === 'lost' && open) {
      open.to = Math.min(open.to, l.at);
      open = undefined;
    }
  }
  return windows;
}

function overlaps(a: Line[], b: Line[]): string[] {
  const found: string[] = [];
  for (const x of writableWindows(a)) {
    for (const y of writableWindows(b)) {
      if (x.from < y.to && y.from < x.to) found.push(`${x.node}@${x.epoch} [${x.from}, ${x.to}] overlaps ${y.node}@${y.epoch} [${y.from}, ${y.to}]`);
    }
  }
  return found;
}

let etcd: EtcdServer;
let dir: string;
const children: Child[] = [];
beforeAll(async () => {
  etcd = await EtcdServer.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-election-'));
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill()));
});
afterAll(async () => {
  await etcd?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function startPair(): [Child, Child] {
  const prefix = freshPrefix();
  const pair = ['m1', 'm2'].map((n) => new Child(n, path.join(dir, `${prefix.replace(/\//g, '_')}-${n}.log`), etcd.endpoint, prefix)) as [Child, Child];
  children.push(...pair);
  return pair;
}

async function leaderOf(pair: [Child, Child]): Promise<[Child, Child]> {
  await waitFor(() => pair.some((c) => c.has('write')), 'a leader to accept writes', SOON);
  return pair[0].has('write') ? pair : [pair[1], pair[0]];
}

const electedEpoch = (c: Child, after = -Infinity): number | undefined => c.lines().find((l) => l.ev === 'elected' && l.at > after)?.epoch;

test('a leader killed with SIGKILL is replaced once its lease expires, with a higher epoch', async () => {
  const [leader, standby] = await leaderOf(startPair());
  const oldEpoch = electedEpoch(leader)!;
  await sleep(500);
  const killedAt = monotonicNow();
  leader.proc.kill('SIGKILL');
  await waitFor(() => standby.has('elected', killedAt), 'the standby to lead', SOON);
  expect(electedEpoch(standby, killedAt)!).toBeGreaterThan(oldEpoch);
  await waitFor(() => standby.has('write', killedAt), 'the new leader to accept writes', SOON);
  expect(overlaps(leader.lines(), standby.lines())).toEqual([]);
});

test('a leader paused past its TTL resumes fenced, reports lost first, returns as a standby; writes never overlap', async () => {
  const [leader, standby] = await leaderOf(startPair());
  const oldEpoch = electedEpoch(leader)!;
  await sleep(500);
  const stoppedAt = monotonicNow();
  leader.proc.kill('SIGSTOP');
  await waitFor(() => standby.has('write', stoppedAt), 'the standby to lead and accept writes', SOON);
  const newEpoch = electedEpoch(standby, stoppedAt)!;
  expect(newEpoch).toBeGreaterThan(oldEpoch);
  await sleep(500); // both "leaders" now exist as processes; only one may write
  leader.proc.kill('SIGCONT');
  await waitFor(() => leader.has('lost', stoppedAt), 'the resumed leader to report lost', SOON);

  // The first thing the resumed process logged is that it lost the lead: no write in between.
  const resumed = leader.lines().filter((l) => l.at > stoppedAt);
  expect(resumed[0]).toMatchObject({ ev: 'lost', reason: 'lease lapsed' });
  // It campaigns again and sees the new leader, as a standby.
  await waitFor(() => leader.lines().filter((l) => l.ev === 'leader').at(-1)?.leader?.epoch === newEpoch, 'the old leader to see the new one', SOON);
  await sleep(TTL);
  expect(leader.lines().filter((l) => l.at > stoppedAt && l.ev === 'write')).toEqual([]);
  expect(standby.has('write', monotonicNow() - TTL)).toBe(true);
  expect(overlaps(leader.lines(), standby.lines())).toEqual([]);
});

test('a graceful stop (SIGTERM) resigns: the standby leads without waiting for the lease', async () => {
  const [leader, standby] = await leaderOf(startPair());
  const stoppedAt = monotonicNow();
  leader.proc.kill('SIGTERM');
  await waitFor(() => !leader.alive, 'the leader to exit', SOON);
  expect(leader.proc.exitCode).toBe(0);
  // 'leader': it forgot who leads. A write may still land between kill() and the signal's handling: none after 'lost'.
  const after = leader.lines().filter((l) => l.at > stoppedAt && l.ev !== 'leader');
  const lost = after.findIndex((l) => l.ev === 'lost');
  expect(after.slice(lost).map((l) => [l.ev, l.reason])).toEqual([['lost', 'resigned'], ['stopped', undefined]]);
  expect(after.slice(0, lost).every((l) => l.ev === 'write')).toBe(true);
  await waitFor(() => standby.has('write', stoppedAt), 'the standby to lead', TTL);
  expect(overlaps(leader.lines(), standby.lines())).toEqual([]);
});
