// Issue 9, finding 8 (agent port): one WARNING per bad connection let a flood rotate the log away. The
// port's connection errors go through a RepeatLimiter: one line per source address per interval.
import { CONNECTION_LOG_INTERVAL_MS } from '../../agents/server/agent-port-limits';
import { eventually } from '../helpers/inproc';
import { PortUnderTest, startPort } from '../helpers/agent-port';

jest.setTimeout(20_000);

describe('agent port: connection errors are logged once per source per interval', () => {
  let p: PortUnderTest;
  afterEach(async () => { await p.close(); });

  test('200 bad connections from one address make one line, then one summary with the count', async () => {
    p = await startPort();
    const other = await p.raw('127.0.0.3');
    other.write(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    for (let i = 0; i < 200; i++) {
      const c = await p.raw('127.0.0.2');
      c.write(Buffer.from('GET / HTTP/1.1\r\n\r\n')); // a length of 0x20544547: far over the limit
      await eventually(() => c.closed, (x) => x);
    }
    await eventually(() => other.closed, (x) => x);
    const warnings = () => p.lines.filter((l) => l.level === 'warning').map((l) => l.msg);
    expect(warnings().filter((m) => m.includes('127.0.0.2'))).toHaveLength(1);
    expect(warnings().filter((m) => m.includes('127.0.0.3'))).toHaveLength(1);
    await p.clock.advance(CONNECTION_LOG_INTERVAL_MS);
    expect(warnings().filter((m) => m.includes('127.0.0.2'))).toEqual([
      expect.stringContaining('Connection from 127.0.0.2'),
      expect.stringMatching(/^\.\.\. and 199 more like this from 127\.0\.0\.2 in the last 60 s/),
    ]);
  });
});
