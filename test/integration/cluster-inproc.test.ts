// Master and workers in one process over real loopback TCP: admission, refusals, keep-alive, supervision.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { connectPeer } from '../../protocol/peer';
import { Keyring } from '../../protocol/keyring';
import { body } from '../../protocol/envelope';
import { CLUSTER_PROTOCOL_VERSION } from '../../actors/node/version';
import { InProcCluster, TestNode, eventually } from '../helpers/inproc';

type Nodes = { nodes: { name: string; type: string; connected: boolean }[] };
const ask = (t: TestNode, command: string) => askNode(controlSocketPath(t.config.dataDir), { command });
const connected = async (t: TestNode) =>
  ((await ask(t, 'nodes')) as Nodes).nodes.filter((n) => n.connected).map((n) => n.name).sort().join(',');

describe('a cluster in one process', () => {
  let c: InProcCluster;
  beforeEach(() => { c = new InProcCluster(); });
  afterEach(async () => { await c.stopAll(); });

  test('workers join; nodes is answered by the master and forwarded by a worker', async () => {
    const m = await c.start(c.config('master', 'master'));
    const w1 = await c.start(c.config('w1', 'worker'));
    await c.start(c.config('w2', 'worker'));
    await eventually(() => connected(m), (v) => v === 'master,w1,w2');
    const viaWorker = (await ask(w1, 'nodes')) as Nodes;
    expect(viaWorker.nodes.map((n) => [n.name, n.type, n.connected])).toEqual([
      ['master', 'master', true], ['w1', 'worker', true], ['w2', 'worker', true],
    ]);
    expect(m.log.lines.some((l) => /INFO: \[Master master\] \[Listener\] Worker w1 connected from 127\.0\.0\.1/.test(l))).toBe(true);
    expect(w1.log.lines.some((l) => /\[Worker w1\] \[Main\] Successfully connected to master master/.test(l))).toBe(true);
  });

  test('the master refuses a wrong cluster name and the master\'s own name, and keeps serving', async () => {
    const m = await c.start(c.config('master', 'master'));
    const good = await c.start(c.config('w1', 'worker'));
    await c.start(c.config('stranger', 'worker', { name: 'other-cluster' }));
    await c.start(c.config('impostor', 'worker', { nodeName: 'master' }));
    await eventually(() => m.log.lines.join('\n'), (l) => /wrong_cluster/.test(l) && /own_name/.test(l));
    expect(await connected(m)).toBe('master,w1');
    expect(((await ask(good, 'nodes')) as Nodes).nodes).toHaveLength(2);
  });

  test('a live duplicate name is refused; a dead connection of the same name is replaced', async () => {
    const m = await c.start(c.config('master', 'master'));
    const keyring = new Keyring({ key: c.key, previousKeys: [] });
    const hello = (name: string) => body('hello', { clusterName: 'test', nodeName: name, nodeType: 'worker', version: '0.1.0', protocolVersion: CLUSTER_PROTOCOL_VERSION, address: '' });

    // A hand-made worker that answers pings: it is live.
    const live = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring });
    live.on('request', (env, respond) => { if (env.body.kind === 'ping') respond(body('pong', { payload: Buffer.alloc(0) })); });
    await live.request(hello('dup'));
    const second = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring });
    await expect(second.request(hello('dup'))).rejects.toMatchObject({ code: 'duplicate_name' });
    second.close();

    // A worker that went silent without closing (its host died): the newcomer replaces it.
    const dead = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring });
    await dead.request(hello('ghost'));
    // From here on `dead` answers nothing.
    const back = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring });
    const t0 = Date.now();
    const accepted = await back.request(hello('ghost'));
    expect(accepted.body.kind).toBe('helloAccepted');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(m.log.lines.some((l) => /ghost reconnected .* replaced/.test(l))).toBe(true);
    for (const p of [live, dead, back]) p.close();
  });

  test('the master drops a worker that stops sending keep-alives', async () => {
    const m = await c.start(c.config('master', 'master'));
    const keyring = new Keyring({ key: c.key, previousKeys: [] });
    const mute = await connectPeer({ host: '127.0.0.1', port: c.masterPort, keyring });
    await mute.request(body('hello', { clusterName: 'test', nodeName: 'mute', nodeType: 'worker', version: '0', protocolVersion: CLUSTER_PROTOCOL_VERSION, address: '' }));
    const closed = new Promise((r) => mute.once('close', r));
    await closed;
    await eventually(() => m.log.lines.join('\n'), (l) => /\[Keep Alive\] \[mute\] Dropping the worker: no keep-alive/.test(l));
    const nodes = (await ask(m, 'nodes')) as Nodes;
    expect(nodes.nodes.find((n) => n.name === 'mute')).toMatchObject({ connected: false });
  });

  test('a worker redials when the master goes away and comes back', async () => {
    const mConf = c.config('master', 'master');
    let m = await c.start(mConf);
    const port = c.masterPort;
    const w = await c.start(c.config('w1', 'worker'));
    await eventually(() => connected(m), (v) => v === 'master,w1');
    await c.stop(m);
    await eventually(() => w.log.lines.join('\n'), (l) => /Lost the connection to master/.test(l));
    m = await c.start({ ...mConf, cluster: { ...mConf.cluster, port } });
    await eventually(() => connected(m), (v) => v === 'master,w1', 5000);
  });

  test('a loop that keeps failing keeps retrying at its cap: the link and the other loops stay', async () => {
    const m = await c.start(c.config('master', 'master'));
    // A 1 s agent-info period caps its backoff at 1 s (node/policies.ts): the test need not wait 10 s.
    const w = await c.start(c.config('w1', 'worker', {}, { agentInfo: 1000 }));
    await eventually(() => connected(m), (v) => v === 'master,w1');
    const conn = w.node.system.root.child('dialer')!.child('master')!;
    const loop = conn.child('agent-info')!;
    // Past its budget (5 failures in 60 s): it does not escalate, it keeps restarting and says it is failing.
    for (let i = 0; i < 7; i++) {
      await eventually(() => loop.status, (s) => s === 'idle' || s === 'busy', 15_000);
      loop.crash(new Error(`injected failure ${i}`));
    }
    await eventually(() => w.node.system.registry.snapshot().find((a) => a.path === '/w1/dialer/master/agent-info'),
      (a) => a !== undefined && a.failing && a.restarts >= 6 && a.lastError?.message === 'injected failure 6', 30_000);
    await eventually(() => loop.status, (s) => s === 'idle' || s === 'busy', 15_000);
    // One connection all along; its other loops never restarted.
    expect(w.log.lines.filter((l) => /Successfully connected/.test(l))).toHaveLength(1);
    expect(conn.child('keep-alive')!.restarts).toBe(0);
    expect(conn.child('integrity')!.restarts).toBe(0);
    expect(await connected(m)).toBe('master,w1');
    expect(w.log.lines.join('\n')).toMatch(/\/w1\/dialer\/master\/agent-info failed: injected failure 6\. Restarting in .* It keeps failing/);
  });
});
