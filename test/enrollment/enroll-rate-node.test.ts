// The enrollment rate limit on a real node (in process, loopback, time on a ManualClock): one address
// gets its burst and then its rate; another address is not held back by it.
import * as fs from 'fs';
import { startNode, type RunningNode } from '../../actors/node/node';
import { ENROLLMENT_RATES } from '../../agents/server/enrollment-limits';
import { memoryLog } from '../../log/cluster-log';
import { InProcCluster } from '../helpers/inproc';
import { ManualClock } from '../helpers/manual-clock';
import { KEY_REPLY, tlsSend } from './helpers';

const TOO_MANY = 'ERROR: Too many enrollment requests, try again later. Unable to add agent';
/** Requests one address may send at once, and how many more each second. */
const ADDRESS_BURST = ENROLLMENT_RATES.perAddress.burst;
const ADDRESS_PER_SECOND = ENROLLMENT_RATES.perAddress.perSecond;

describe('the enrollment rate limit', () => {
  let c: InProcCluster;
  let node: RunningNode | undefined;
  beforeEach(() => {
    c = new InProcCluster();
  });
  afterEach(async () => {
    await node?.stop();
    node = undefined;
    fs.rmSync(c.dir, { recursive: true, force: true });
  });

  async function enrollMany(port: number, names: string[], localAddress: string): Promise<string[]> {
    const replies: string[] = [];
    for (let i = 0; i < names.length; i += 10) {
      const batch = names.slice(i, i + 10).map((n) => tlsSend(port, `OSSEC A:'${n}'\n`, { localAddress }));
      replies.push(...(await Promise.all(batch)).map((a) => a.reply));
    }
    return replies;
  }

  test('an address past its burst is refused until its bucket refills; another address is served meanwhile', async () => {
    const clock = new ManualClock();
    node = await startNode(c.config('master', 'master'), { log: memoryLog(), clock });
    const port = node.enrollmentPort;
    const names = Array.from({ length: ADDRESS_BURST }, (_, i) => `burst-${i}`);
    const first = await enrollMany(port, names, '127.0.0.1');
    expect(first.filter((r) => KEY_REPLY.test(r))).toHaveLength(ADDRESS_BURST);
    expect((await tlsSend(port, "OSSEC A:'one-too-many'\n", { localAddress: '127.0.0.1' })).reply).toBe(TOO_MANY);
    expect((await tlsSend(port, "OSSEC A:'other-address'\n", { localAddress: '127.0.0.2' })).reply).toMatch(KEY_REPLY);
    await clock.advance(1_000);
    const refilled = await enrollMany(port, Array.from({ length: ADDRESS_PER_SECOND + 1 }, (_, i) => `later-${i}`), '127.0.0.1');
    expect(refilled.filter((r) => KEY_REPLY.test(r))).toHaveLength(ADDRESS_PER_SECOND);
    expect(refilled.filter((r) => r === TOO_MANY)).toHaveLength(1);
    expect(node.globalStore!.listAgents()).toHaveLength(ADDRESS_BURST + 1 + ADDRESS_PER_SECOND);
  });
});
