// Floods against the enrollment port: idle TLS connections from one address, from many, renewed as fast
// as they are closed, and garbage. A legitimate agent still enrolls during each, and the connections
// the server holds stay bounded; the log says it once per source, with a count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { enrollOnMaster } from '../../agents/enrollment/enroll-service';
import { ENROLLMENT_LIMITS } from '../../agents/server/enrollment-limits';
import { EnrollmentServer, type EnrollmentServerOptions } from '../../agents/server/enrollment-server';
import { loadTlsCredentials } from '../../agents/server/tls-cert';
import { memoryLog, type MemoryLog } from '../../log/cluster-log';
import { idleFlood, type IdleFlood } from '../../scripts/harness/enroll-flood';
import { ManualClock } from '../helpers/manual-clock';
import { KEY_REPLY, rawSend, tempStore, type TempStore, tlsSend, waitFor } from './helpers';

/** The per-address and total caps on connections without a complete request. */
const PER_ADDRESS = ENROLLMENT_LIMITS.maxPendingPerAddress;
const TOTAL = ENROLLMENT_LIMITS.maxPendingTotal;

describe('the enrollment port under a flood', () => {
  let certDir: string;
  let t: TempStore;
  let log: MemoryLog;
  let server: EnrollmentServer | undefined;
  let floods: IdleFlood[] = [];
  let lingering: TLSSocket[] = [];

  beforeAll(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'warden-enroll-flood-'));
    await loadTlsCredentials(certDir);
  });
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));
  beforeEach(() => {
    t = tempStore();
    log = memoryLog();
  });
  afterEach(async () => {
    await Promise.all(floods.map((f) => f.stop()));
    floods = [];
    for (const sock of lingering) sock.destroy();
    lingering = [];
    await server?.close();
    server = undefined;
    t.cleanup();
  });

  async function start(extra: Partial<EnrollmentServerOptions> = {}): Promise<number> {
    server = new EnrollmentServer({
      host: '127.0.0.1', port: 0, dataDir: certDir,
      decide: async (line, ip) => enrollOnMaster(line, ip, { store: t.store, managerHost: 'manager-host', now: () => t.clock.now }),
      log: log.task('Enrollment'),
      ...extra,
    });
    return (await server.listen()).port;
  }
  const flood = (f: IdleFlood): IdleFlood => {
    floods.push(f);
    return f;
  };
  const logged = (text: string) => log.lines.filter((l) => l.includes(text));

  test('70 idle TLS connections from one address keep out neither another address nor that one', async () => {
    const port = await start();
    const f = flood(idleFlood({ host: '127.0.0.1', port, count: 70, localAddress: '127.0.0.1' }));
    // Every flood connection has been either taken in or closed by the server.
    await waitFor(() => f.closedAfterMs.length + server!.connections >= 70);
    expect(server!.connections).toBeLessThanOrEqual(PER_ADDRESS);
    expect(server!.stats().closed.evicted).toBe(70 - PER_ADDRESS);
    expect(f.closedAfterMs).toHaveLength(70 - PER_ADDRESS);
    expect((await tlsSend(port, "OSSEC A:'other-host'\n", { localAddress: '127.0.0.2' })).reply).toMatch(KEY_REPLY);
    expect((await tlsSend(port, "OSSEC A:'same-host'\n", { localAddress: '127.0.0.1' })).reply).toMatch(KEY_REPLY);
    expect(t.store.listAgents().map((a) => a.name).sort()).toEqual(['other-host', 'same-host']);
    expect(server!.connections).toBeLessThanOrEqual(PER_ADDRESS);
  });

  test('a flood that reopens each connection as soon as it is closed does not keep out another address', async () => {
    const port = await start();
    const f = flood(idleFlood({ host: '127.0.0.1', port, count: 70, localAddress: '127.0.0.1', renew: true }));
    await waitFor(() => f.opened >= 200); // the flood is cycling: its connections are being closed and renewed
    let most = 0;
    const sample = setInterval(() => (most = Math.max(most, server!.connections)), 5);
    try {
      for (let i = 0; i < 3; i++) {
        expect((await tlsSend(port, `OSSEC A:'during-${i}'\n`, { localAddress: '127.0.0.2' })).reply).toMatch(KEY_REPLY);
      }
    } finally {
      clearInterval(sample);
    }
    // The flood's own connections, plus the legitimate one in flight and those being closed.
    expect(most).toBeLessThanOrEqual(PER_ADDRESS + 8);
    expect(f.opened).toBeGreaterThan(200);
  });

  test('idle connections from 20 addresses, more than the total cap, do not keep out a 21st', async () => {
    const port = await start();
    const addresses = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 2}`);
    const fs = addresses.map((a) => flood(idleFlood({ host: '127.0.0.1', port, count: PER_ADDRESS, localAddress: a })));
    const total = addresses.length * PER_ADDRESS;
    await waitFor(() => fs.reduce((n, f) => n + f.closedAfterMs.length, 0) + server!.connections >= total, 15_000);
    expect(server!.connections).toBeLessThanOrEqual(TOTAL);
    expect((await tlsSend(port, "OSSEC A:'newcomer'\n", { localAddress: '127.0.0.100' })).reply).toMatch(KEY_REPLY);
    expect(server!.connections).toBeLessThanOrEqual(TOTAL);
  });

  test('answered clients that never close are capped per address and cut when the grace ends', async () => {
    const clock = new ManualClock();
    const port = await start({ clock, maxLingeringPerAddress: 2 });
    // Clients that read their reply and keep the connection open.
    const replies = await Promise.all(Array.from({ length: 5 }, (_, i) => new Promise<string>((resolve) => {
      // A TLS socket over a half-open TCP one does not answer the server's end with its own.
      const tcp = netConnect({ host: '127.0.0.1', port, allowHalfOpen: true });
      const sock = tlsConnect({ socket: tcp, rejectUnauthorized: false }, () => sock.write(`OSSEC A:'linger-${i}'\n`));
      sock.on('error', () => undefined);
      sock.on('data', (d: Buffer) => resolve(d.toString()));
      lingering.push(sock);
    })));
    expect(replies.every((r) => KEY_REPLY.test(r))).toBe(true);
    await waitFor(() => server!.connections === 2);
    expect(server!.stats()).toEqual(expect.objectContaining({ lingering: 2, closed: expect.objectContaining({ lingerEvicted: 3, graceEnded: 0 }) }));
    await clock.advance(ENROLLMENT_LIMITS.closeGraceMs);
    await waitFor(() => server!.connections === 0);
    expect(server!.stats().closed.graceEnded).toBe(2);
  });

  test('a flood of garbage logs one line per source, and the repeats are counted when the interval ends', async () => {
    const port = await start();
    await Promise.all(Array.from({ length: 40 }, () => rawSend(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')));
    await waitFor(() => server!.connections === 0);
    expect((await tlsSend(port, "OSSEC A:'after-garbage'\n")).reply).toMatch(KEY_REPLY);
    expect(logged('TLS handshake failed with 127.0.0.1')).toHaveLength(1);
    await server!.close(); // ends the interval: the repeats are summed up
    server = undefined;
    expect(logged('... and 39 more like this from 127.0.0.1')).toHaveLength(1);
  });
});
