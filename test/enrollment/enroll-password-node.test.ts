// agents.enrollment_password_file on real nodes (in process, loopback): the node whose port the agent
// reached checks the password, as authd does on each Wazuh node; a worker forwards only what passed.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WardenConfig } from '../../config/schema';
import { eventually, InProcCluster } from '../helpers/inproc';
import { KEY_REPLY, tlsSend } from './helpers';

const INVALID_PASSWORD = 'ERROR: Invalid password. Unable to add agent';

describe('the enrollment password file', () => {
  let c: InProcCluster;
  beforeEach(() => {
    c = new InProcCluster();
  });
  afterEach(() => c.stopAll());

  function passwordFile(content: string, mode = 0o600): string {
    const file = join(c.dir, `authd-${Math.random().toString(36).slice(2)}.pass`);
    writeFileSync(file, content, { mode });
    chmodSync(file, mode);
    return file;
  }
  function withPassword(config: WardenConfig, file: string): WardenConfig {
    return { ...config, agents: { ...config.agents, enrollmentPasswordFile: file } };
  }

  test('a master with the file enrolls the right password and refuses a wrong or missing one with authd\'s text', async () => {
    const master = await c.start(withPassword(c.config('master', 'master'), passwordFile('s3cret-Pass\n')));
    const port = master.node.enrollmentPort;
    expect((await tlsSend(port, "OSSEC PASS: s3cret-Pass OSSEC A:'agent1'\n")).reply).toMatch(KEY_REPLY);
    expect((await tlsSend(port, "OSSEC PASS: s3cret-Pasz OSSEC A:'agent2'\n")).reply).toBe(INVALID_PASSWORD);
    expect((await tlsSend(port, "OSSEC PASS: s3cret OSSEC A:'agent2'\n")).reply).toBe(INVALID_PASSWORD);
    expect((await tlsSend(port, "OSSEC A:'agent2'\n")).reply).toBe(INVALID_PASSWORD);
    expect(master.node.globalStore!.listAgents().map((a) => a.name)).toEqual(['agent1']);
  });

  test('a worker with the file checks the password itself and forwards the request to a master without one', async () => {
    await c.start(c.config('master', 'master'));
    const worker = await c.start(withPassword(c.config('worker-1', 'worker'), passwordFile('worker-pass')));
    const port = worker.node.enrollmentPort;
    const reply = await eventually(
      async () => (await tlsSend(port, "OSSEC PASS: worker-pass OSSEC A:'via-worker'\n")).reply,
      (r) => KEY_REPLY.test(r), 10_000,
    );
    expect(reply).toMatch(KEY_REPLY);
    expect((await tlsSend(port, "OSSEC PASS: nope OSSEC A:'refused'\n")).reply).toBe(INVALID_PASSWORD);
    expect(c.nodes[0]!.node.globalStore!.listAgents().map((a) => a.name)).toEqual(['via-worker']);
  });

  test('a file that cannot be read, or is empty, stops the node with a message naming it', async () => {
    const missing = join(c.dir, 'no-such.pass');
    await expect(c.start(withPassword(c.config('master', 'master'), missing))).rejects.toThrow(`enrollment password file ${missing}`);
    const empty = passwordFile('\n');
    await expect(c.start(withPassword(c.config('master', 'master'), empty))).rejects.toThrow(`enrollment password file ${empty} is empty`);
  });

  test('a file that group or others can read is used, with a warning', async () => {
    const loose = passwordFile('pass-1234\n', 0o644);
    const master = await c.start(withPassword(c.config('master', 'master'), loose));
    expect(master.log.lines.filter((l) => l.includes(`WARNING`) && l.includes(loose) && l.includes('chmod 600'))).toHaveLength(1);
    expect((await tlsSend(master.node.enrollmentPort, "OSSEC PASS: pass-1234 OSSEC A:'agent1'\n")).reply).toMatch(KEY_REPLY);
  });
});
