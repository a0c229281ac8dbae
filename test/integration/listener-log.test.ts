// A flood of bad connections against a running master writes one line per source per interval, with the
// repeats counted, so that it cannot rotate the history away.
import * as net from 'net';
import { InProcCluster, eventually } from '../helpers/inproc';

jest.setTimeout(30_000);

/** Connects from `from`, writes `bytes`, resolves when the master closes the connection. */
function badConnection(port: number, from: string, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress: from }, () => s.write(bytes));
    s.on('error', () => undefined);
    s.once('close', () => resolve());
    s.resume();
  });
}

describe('the listener under a flood of bad connections', () => {
  let c: InProcCluster;
  afterEach(async () => { await c.stopAll(); });

  test('50 bad connections from one address: one line at once, the 49 others counted in one summary', async () => {
    c = new InProcCluster();
    const m = await c.start(c.config('master', 'master'));
    const garbage = Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    for (let i = 0; i < 50; i++) await badConnection(c.masterPort, '127.0.0.9', garbage);
    await badConnection(c.masterPort, '127.0.0.10', garbage);
    const refusals = (from: string) => m.log.lines.filter((l) => l.includes(`Refused connection from ${from}`));
    await eventually(() => refusals('127.0.0.10').length, (n) => n === 1);
    expect(refusals('127.0.0.9')).toHaveLength(1);
    await c.stop(m);
    expect(m.log.lines.filter((l) => /49 more like this from 127\.0\.0\.9/.test(l))).toHaveLength(1);
  });
});
