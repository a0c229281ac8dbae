// Time for every worker to reconnect after a master restart, from the moment the new master listens, with
// the default intervals.reconnect_max and outages of several lengths (a long one used to leave the workers
// backed off for up to reconnect_max).
import * as net from 'net';
import { DEFAULTS } from '../config/defaults';
import { LocalCluster } from '../scripts/harness/local-cluster';

const TARGET_MS = 2_000;
/** How long the master stays down in each round. */
const OUTAGES_MS = [1_500, 5_000, 15_000];

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

export async function runReconnectBench(workers = 2): Promise<void> {
  const reconnectMax = `${DEFAULTS.intervals.reconnectMax}ms`;
  const cluster = new LocalCluster({ workers, intervals: { keep_alive: '1s', keep_alive_timeout: '3s', reconnect_max: reconnectMax } });
  try {
    await cluster.configure();
    await cluster.startAll();
    await cluster.waitAllConnected(20_000);
    const times: number[] = [];
    for (const outage of OUTAGES_MS) {
      await cluster.kill('master', 'SIGKILL');
      // The workers notice and keep dialing, as they would in a real outage.
      await new Promise((r) => setTimeout(r, outage));
      cluster.start('master');
      while (!(await accepts(cluster.clusterPort))) await new Promise((r) => setTimeout(r, 5));
      const listening = Date.now();
      await cluster.waitAllConnected(20_000);
      times.push(Date.now() - listening);
    }
    const worst = Math.max(...times);
    process.stdout.write(`reconnect after master restart (${workers} workers, default reconnect_max ${DEFAULTS.intervals.reconnectMax / 1000}s; ` +
      `master down ${OUTAGES_MS.map((o) => `${o / 1000}s`).join(', ')}): ${times.map((t) => `${t} ms`).join(', ')}; ` +
      `worst ${worst} ms (target <= ${TARGET_MS} ms: ${(worst / TARGET_MS).toFixed(2)}x of the budget, ${worst <= TARGET_MS ? 'met' : 'MISSED'})\n`);
  } finally {
    await cluster.stop();
  }
}
