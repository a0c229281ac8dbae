// Bad input against a running master: each is refused with one clear log line, and the master keeps
// serving its good worker throughout. Refusals are logged once per source address per minute, so each case
// comes from its own address (127.0.2.x).
import * as net from 'net';
import * as crypto from 'crypto';
import { connectPeer } from '../../protocol/peer';
import { Keyring } from '../../protocol/keyring';
import { body } from '../../protocol/envelope';
import { CLUSTER_PROTOCOL_VERSION } from '../../actors/node/version';
import { encodeFrame, FrameKind } from '../../protocol/frame';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { startNode } from '../../actors/node/node';
import { memoryLog } from '../../log/cluster-log';
import { generateKey } from '../../scripts/keygen';

jest.setTimeout(30_000);

describe('bad input against a master', () => {
  let c: InProcCluster;
  let m: TestNode;
  let w: TestNode;
  beforeAll(async () => {
    c = new InProcCluster();
    const conf = c.config('master', 'master');
    const log = memoryLog({ role: 'Master', nodeName: 'master' });
    const node = await startNode(conf, { log, peerOptions: { halfFrameTimeoutMs: 300, handshakeTimeoutMs: 1000 } });
    c.masterPort = node.clusterPort!;
    m = { node, log, config: conf };
    c.nodes.push(m);
    w = await c.start(c.config('good', 'worker'));
    await eventually(() => goodConnected(), (ok) => ok);
  });
  afterAll(async () => { await c.stopAll(); });

  async function goodConnected(): Promise<boolean> {
    const r = (await askNode(controlSocketPath(m.config.dataDir), { command: 'nodes' })) as { nodes: { name: string; connected: boolean }[] };
    return r.nodes.some((n) => n.name === 'good' && n.connected);
  }

  /** Lines logged by the master since `from`. */
  const newLines = (from: number) => m.log.lines.slice(from);

  async function rawSend(from: string, bytes: Buffer, keepOpenMs = 0): Promise<'closed' | 'open'> {
    const s = net.connect({ port: c.masterPort, host: '127.0.0.1', localAddress: from });
    await new Promise((r) => s.once('connect', r));
    const closed = new Promise<'closed'>((r) => s.once('close', () => r('closed')));
    s.on('error', () => undefined);
    s.write(bytes);
    let timer: NodeJS.Timeout | undefined;
    const stillOpen = new Promise<'open'>((r) => { timer = setTimeout(() => r('open'), keepOpenMs || 2000); });
    const result = await Promise.race([closed, stillOpen]);
    clearTimeout(timer);
    s.destroy();
    return result;
  }

  async function expectRefused(what: () => Promise<unknown>, line: RegExp): Promise<void> {
    const from = m.log.lines.length;
    await what();
    await eventually(() => newLines(from).filter((l) => line.test(l)).length, (n) => n >= 1, 5000);
    const refusals = newLines(from).filter((l) => /Refused/.test(l));
    expect(refusals.length).toBe(1);
    expect(await goodConnected()).toBe(true);
    // The good worker's link still carries requests.
    expect(((await askNode(controlSocketPath(w.config.dataDir), { command: 'nodes' })) as { nodes: unknown[] }).nodes.length).toBeGreaterThanOrEqual(2);
  }

  test('random bytes', async () => {
    await expectRefused(() => rawSend('127.0.2.1', crypto.randomBytes(512)), /WARNING: .*Refused connection from 127\.0\.2\.1/);
  });

  test('a truncated frame followed by silence is closed at the half-frame deadline', async () => {
    const frame = encodeFrame(FrameKind.Clear, 0, Buffer.alloc(100, 1));
    const t0 = Date.now();
    await expectRefused(async () => expect(await rawSend('127.0.2.2', frame.subarray(0, 30), 3000)).toBe('closed'), /half_frame_timeout|session setup did not finish/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  test('a length above the maximum is closed before allocating', async () => {
    const header = Buffer.alloc(14);
    header.writeUInt32BE(0xfffffff0, 0);
    header[4] = 1;
    await expectRefused(async () => expect(await rawSend('127.0.2.3', header)).toBe('closed'), /frame_too_large/);
  });

  test('the wrong cluster key', async () => {
    const stranger = new Keyring({ key: generateKey(), previousKeys: [] });
    await expectRefused(async () => {
      await expect(connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring: stranger, handshakeTimeoutMs: 1000, localAddress: '127.0.2.4' })
        .then((p) => p.request(body('hello', { clusterName: 'test', nodeName: 'x', nodeType: 'worker', version: '0', protocolVersion: CLUSTER_PROTOCOL_VERSION, address: '' }), 1000)))
        .rejects.toBeDefined();
    }, /Refused/);
  });

  const hello = (over: Partial<Record<'clusterName' | 'nodeName' | 'nodeType', string>> & { protocolVersion?: number }) =>
    body('hello', { clusterName: 'test', nodeName: 'x', nodeType: 'worker', version: '0.1.0', protocolVersion: CLUSTER_PROTOCOL_VERSION, address: '', ...over });

  test.each([
    ['a bad node name', { nodeName: 'bad name!' }, 'bad_name', '127.0.2.5'],
    ['the master\'s own name', { nodeName: 'master' }, 'own_name', '127.0.2.6'],
    ['a wrong cluster name', { clusterName: 'nope' }, 'wrong_cluster', '127.0.2.7'],
    ['an incompatible version', { protocolVersion: 99 }, 'bad_version', '127.0.2.8'],
    ['a duplicate live name', { nodeName: 'good' }, 'duplicate_name', '127.0.2.9'],
  ])('a hello with %s', async (_what, over, code, from) => {
    const keyring = new Keyring({ key: c.key, previousKeys: [] });
    await expectRefused(async () => {
      const p = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring, localAddress: from });
      await expect(p.request(hello(over))).rejects.toMatchObject({ code });
      p.close();
    }, new RegExp(`Refused worker .*${code}`));
  });

  test('20 connections at once from one address: the oldest ten are evicted, one line says so, the master keeps serving', async () => {
    const from = m.log.lines.length;
    let closed = 0;
    const sockets = await Promise.all(Array.from({ length: 20 }, () => new Promise<net.Socket>((resolve) => {
      const s = net.connect({ port: c.masterPort, host: '127.0.0.1', localAddress: '127.0.2.10' });
      s.on('error', () => undefined);
      s.once('close', () => { closed++; });
      s.once('connect', () => resolve(s));
      s.resume();
    })));
    await eventually(() => closed, (n) => n >= 10);
    expect(newLines(from).filter((l) => /Refused connection from 127\.0\.2\.10: evicted/.test(l))).toHaveLength(1);
    expect(await goodConnected()).toBe(true);
    for (const s of sockets) s.destroy();
  });
});
