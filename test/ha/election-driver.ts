// election-driver.ts: child process of election-processes.test.ts. One candidate of an election, as a
// master would run it, that "accepts a write" every 20 ms while the election says it may, and logs each
// event as a JSON line on the machine's monotonic clock (shared by all processes):
//   node election-driver.js <endpoint> <prefix> <node> <lease ttl ms> <log file>
// SIGTERM resigns and exits 0.
import * as fs from 'node:fs';
import { openEtcd } from '../../actors/ha/etcd-client';
import { EtcdElection } from '../../actors/ha/etcd-election';
import { monotonicNow } from '../../lib/clock';

const [endpoint, prefix, node, ttlText, logFile] = process.argv.slice(2);
if (!logFile) {
  process.stderr.write('usage: election-driver <endpoint> <prefix> <node> <lease ttl ms> <log file>\n');
  process.exit(2);
}

function log(ev: string, fields: Record<string, unknown> = {}): void {
  fs.appendFileSync(logFile, `${JSON.stringify({ node, pid: process.pid, at: monotonicNow(), ev, ...fields })}\n`);
}

const client = openEtcd({ endpoints: [endpoint], callTimeoutMs: 1_000 });
const election = new EtcdElection({
  client, prefix, leaseTtlMs: Number(ttlText), node, address: `${node}.test:1516`,
  events: {
    elected: (epoch) => log('elected', { epoch }),
    lost: (reason, detail) => log('lost', { reason, detail }),
    unreachable: (err) => log('unreachable', { message: err.message }),
    leaderChanged: (leader) => log('leader', { leader }),
  },
});

// A write is accepted only while writableUntil() is in the future, read at the moment of the write.
const writes = setInterval(() => {
  const until = election.writableUntil();
  if (until !== null) log('write', { epoch: election.status().epoch, until });
}, 20);

process.once('SIGTERM', () => {
  clearInterval(writes);
  void election.stop().then(() => {
    log('stopped');
    client.close();
    process.exit(0);
  });
});

log('started');
election.start();
