// agents.bind_addr: the agent port and the enrollment port listen there, and only there; the cluster
// port stays on cluster.bind_addr. Loopback only: 127.0.0.2 is a loopback address on Linux.
import * as net from 'net';
import { InProcCluster, TestNode } from '../helpers/inproc';

/** 'open' when a TCP connection to host:port is accepted, else the error code (ECONNREFUSED ...). */
function probe(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const timer = setTimeout(() => { s.destroy(); resolve('timeout'); }, 2_000);
    s.once('connect', () => { clearTimeout(timer); s.destroy(); resolve('open'); });
    s.once('error', (err: NodeJS.ErrnoException) => { clearTimeout(timer); resolve(err.code ?? err.message); });
  });
}

describe('agents.bind_addr', () => {
  let c: InProcCluster;
  let m: TestNode;
  beforeAll(async () => {
    c = new InProcCluster();
    const conf = c.config('m1', 'master');
    m = await c.start({ ...conf, agents: { ...conf.agents, bindAddr: '127.0.0.2' } });
  });
  afterAll(() => c.stopAll());

  test('the agent and enrollment ports listen on agents.bind_addr and not on cluster.bind_addr', async () => {
    const { agentPort, enrollmentPort, clusterPort } = m.node;
    expect(await probe('127.0.0.2', agentPort)).toBe('open');
    expect(await probe('127.0.0.2', enrollmentPort)).toBe('open');
    expect(await probe('127.0.0.1', agentPort)).toBe('ECONNREFUSED');
    expect(await probe('127.0.0.1', enrollmentPort)).toBe('ECONNREFUSED');
    // The cluster port is cluster.bind_addr's alone.
    expect(await probe('127.0.0.1', clusterPort!)).toBe('open');
    expect(await probe('127.0.0.2', clusterPort!)).toBe('ECONNREFUSED');
  });

  test('the log says where agents and enrollments are served', () => {
    const text = m.log.lines.join('\n');
    expect(text).toContain(`Listening for agents on 127.0.0.2:${m.node.agentPort}`);
    expect(text).toContain(`Listening for enrollments on 127.0.0.2:${m.node.enrollmentPort}`);
  });

  test('a port taken on agents.bind_addr names that address in the error', async () => {
    const conf = c.config('m2', 'master');
    const clash = { ...conf, agents: { ...conf.agents, bindAddr: '127.0.0.2', port: m.node.agentPort } };
    await expect(c.start(clash)).rejects.toThrow(new RegExp(`cannot serve agents on 127\\.0\\.0\\.2 \\(ports ${m.node.agentPort}, 0\\)`));
  });
});
