// Real processes: a master and a worker started by the CLI with agents.enrollment_password_file, and
// `warden agent-sim --password`: the right password enrolls (through the worker) and connects, a wrong
// one is refused with authd's text (by the master's own port).
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(90_000);
const BIN = path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');

interface Sim {
  child: ChildProcess;
  stdout: string;
  stderr: string;
}

function agentSim(args: string[]): Sim {
  const child = spawn(process.execPath, [BIN, 'agent-sim', '--count', '1', '--verbose', '--json-stats', '--every', '0.25', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const sim: Sim = { child, stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (sim.stdout += d));
  child.stderr!.on('data', (d) => (sim.stderr += d));
  return sim;
}

async function stopSim(sim: Sim): Promise<void> {
  if (sim.child.exitCode !== null || sim.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    sim.child.once('exit', () => resolve());
    sim.child.kill('SIGTERM');
  });
}

function lastStats(sim: Sim): { enrolled: number; connected: number } | null {
  const lines = sim.stdout.trim().split('\n').filter((l) => l.startsWith('{'));
  return lines.length ? JSON.parse(lines[lines.length - 1]!) : null;
}

describe('warden agent-sim --password against nodes with an enrollment password file', () => {
  let c: LocalCluster;
  const sims: Sim[] = [];
  beforeAll(async () => {
    c = new LocalCluster({ workers: 1 });
    await c.configure();
    const passFile = path.join(c.dir, 'authd.pass');
    fs.writeFileSync(passFile, 'Right-Pass-42\n', { mode: 0o600 });
    for (const n of c.nodes) {
      const yaml = fs.readFileSync(n.configFile, 'utf8');
      const withPass = yaml.replace(/^agents: \{ (.*) \}$/m, `agents: { $1, enrollment_password_file: ${passFile} }`);
      expect(withPass).not.toBe(yaml);
      fs.writeFileSync(n.configFile, withPass);
    }
    await c.startAll();
    await c.waitAllConnected();
    await c.waitAllInSync();
  });
  afterAll(async () => {
    await Promise.all(sims.map(stopSim));
    await c.stop();
  });

  test('the right password enrolls through the worker and the agent connects', async () => {
    const w = c.node('worker-1');
    const sim = agentSim(['--enroll', `127.0.0.1:${w.enrollmentPort}`, '--workers', `127.0.0.1:${w.agentPort}`, '--password', 'Right-Pass-42']);
    sims.push(sim);
    const stats = await c.waitFor('the agent enrolled and connected', async () => lastStats(sim), (s) => s !== null && s.enrolled === 1 && s.connected === 1, 30_000, 200);
    expect(stats).toEqual(expect.objectContaining({ enrolled: 1, connected: 1 }));
    expect(sim.stderr).not.toContain('refused');
  });

  test('a wrong password is refused with authd\'s text', async () => {
    const m = c.master;
    const sim = agentSim(['--enroll', `127.0.0.1:${m.enrollmentPort}`, '--workers', `127.0.0.1:${c.node('worker-1').agentPort}`, '--password', 'Wrong-Pass', '--name-prefix', 'wrong']);
    sims.push(sim);
    await c.waitFor('a refusal', async () => sim.stderr, (e) => e.includes('refused'), 20_000, 100);
    expect(sim.stderr).toContain('refused: ERROR: Invalid password. Unable to add agent');
    expect(lastStats(sim)?.enrolled ?? 0).toBe(0);
  });
});
