// The replay generator through its command line against a real cluster: `record` seals 3 agents x 20
// events into a file; `run --register` imports them through a worker (forwarded to the master) and
// sends the frames to that worker, whose agents.verify_counters is on; the worker opens and analyses
// every event: 60 lines in its logs/archives/archives.json, from those agents. Bad files and bad usage
// are refused with their exit codes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { archivesPath } from '../../actors/node/data-dir';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(120_000);

const REPLAY = path.join(__dirname, '..', '..', 'dist', 'scripts', 'harness', 'replay.js');

function replay(args: string[], timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [REPLAY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

describe('replay through the CLI', () => {
  let c: LocalCluster;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-replay-'));
  const file = path.join(dir, 'small.replay');

  beforeAll(async () => {
    c = new LocalCluster({ workers: 1, intervals: { agent_groups: '500ms', agent_info: '500ms' } });
    await c.configure();
    const w = c.node('worker-1');
    // Counters enforced on the worker: the recorded counters must rise for it to accept anything.
    const yaml = fs.readFileSync(w.configFile, 'utf8');
    fs.writeFileSync(w.configFile, yaml.replace(/^agents: \{ (.*) \}$/m, 'agents: { $1, verify_counters: true }'));
    expect(fs.readFileSync(w.configFile, 'utf8')).toMatch(/verify_counters: true/);
    await c.startAll();
    await c.waitAllConnected();
  });
  afterAll(async () => {
    await c.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('record 3 agents x 20 events, replay them to a worker: 60 events in its archives', async () => {
    const rec = await replay(['record', '--agents', '3', '--events', '20', '--out', file, '--json']);
    expect(rec).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(rec.stdout)).toMatchObject({ file, agents: 3, frames: 66 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600); // it holds the agents' keys

    const w = c.node('worker-1');
    const run = await replay(['run', '--file', file, '--register', w.configFile, '--workers', `127.0.0.1:${w.agentPort}`, '--rate', '200', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/3 agents registered, 0 already were\n.*3 agents ready on 1 worker\(s\); sending 200 events\/s/);
    const report = JSON.parse(run.stdout) as Record<string, number>;
    expect(report).toMatchObject({ agents: 3, finished: 3, eventsSent: 60, framesSent: 66, closedByPeer: 0, rate: 200 });
    expect(report.cpu_share).toBeGreaterThanOrEqual(0);

    const archives = archivesPath(w.dataDir);
    const lines = await c.waitFor('60 archived events', async () => (fs.existsSync(archives) ? fs.readFileSync(archives, 'utf8').split('\n').filter(Boolean) : []),
      (l) => l.length >= 60, 30_000, 100);
    expect(lines).toHaveLength(60);
    const records = lines.map((l) => JSON.parse(l) as { agent: { id: string; name: string }; full_log: string });
    const perAgent = records.reduce<Record<string, number>>((m, r) => ({ ...m, [`${r.agent.id} ${r.agent.name}`]: (m[`${r.agent.id} ${r.agent.name}`] ?? 0) + 1 }), {});
    expect(perAgent).toEqual({ '001 replay-001': 20, '002 replay-002': 20, '003 replay-003': 20 });
  });

  test('the same file again: the agents are already registered, and the worker refuses the replayed counters', async () => {
    const w = c.node('worker-1');
    const run = await replay(['run', '--file', file, '--register', w.configFile, '--workers', `127.0.0.1:${w.agentPort}`, '--rate', '200', '--connect-timeout', '2s']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/0 agents registered, 3 already were/);
    expect(run.stderr).toMatch(/replay: 3 of 3 agents could not connect:\n  agent 001 at 127\.0\.0\.1:\d+: /);
    expect(fs.readFileSync(archivesPath(w.dataDir), 'utf8').split('\n').filter(Boolean)).toHaveLength(60);
  });

  test('bad files and bad usage: named, exit 1 and 2', async () => {
    const cut = path.join(dir, 'cut.replay');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 100));
    const truncated = await replay(['run', '--file', cut, '--workers', '127.0.0.1:1', '--rate', '10']);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/^replay: replay file truncated at byte 100: .* \(record it again\)\n$/);

    const notReplay = await replay(['run', '--file', c.master.configFile, '--workers', '127.0.0.1:1', '--rate', '10']);
    expect(notReplay).toMatchObject({ code: 1, stderr: expect.stringMatching(/not a Warden replay file/) });

    const exists = await replay(['record', '--agents', '1', '--events', '1', '--out', file]);
    expect(exists).toMatchObject({ code: 1, stderr: expect.stringMatching(/exists: give --force to replace it/) });

    const noRate = await replay(['run', '--file', file]);
    expect(noRate.code).toBe(2);
    expect(noRate.stderr).toMatch(/--rate/);

    const sweepNoStep = await replay(['run', '--file', file, '--rate', '10,20', '--workers', '127.0.0.1:1']);
    expect(sweepNoStep).toMatchObject({ code: 2, stderr: expect.stringMatching(/2 rates need --step/) });

    const badWorkers = await replay(['run', '--file', file, '--rate', '10', '--workers', 'nowhere:99999']);
    expect(badWorkers).toMatchObject({ code: 2, stderr: expect.stringMatching(/--workers: "nowhere:99999" is not HOST:PORT/) });

    const badCount = await replay(['record', '--agents', 'many', '--events', '1', '--out', path.join(dir, 'x')]);
    expect(badCount.code).toBe(2);
    expect(badCount.stderr).toMatch(/"many" is not a positive integer/);
  });
});
