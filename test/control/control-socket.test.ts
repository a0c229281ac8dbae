import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ControlServer } from '../../actors/control/control-server';
import { askNode } from '../../actors/control/control-client';
import { ControlError } from '../../actors/control/control-protocol';

describe('control socket', () => {
  let dir: string;
  let sock: string;
  const servers: ControlServer[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-ctl-'));
    sock = path.join(dir, 'queue', 'cluster', 'c-internal.sock');
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const serve = async (handler: ConstructorParameters<typeof ControlServer>[1]) => {
    const s = new ControlServer(sock, handler);
    servers.push(s);
    await s.listen();
    return s;
  };

  test('answers a request, with the socket at mode 0660', async () => {
    await serve(async (req) => ({ echo: req.command, args: req.args }));
    expect(fs.statSync(sock).mode & 0o777).toBe(0o660);
    await expect(askNode(sock, { command: 'nodes', args: { a: 1 } })).resolves.toEqual({ echo: 'nodes', args: { a: 1 } });
  });

  test('a failing handler becomes a typed error for the client', async () => {
    await serve(async () => { throw new ControlError('unknown_command', 'no such thing'); });
    await expect(askNode(sock, { command: 'x' })).rejects.toMatchObject({ code: 'unknown_command', message: 'no such thing' });
  });

  test('says the node is not running when there is no socket, or nobody behind it', async () => {
    await expect(askNode(sock, { command: 'nodes' })).rejects.toMatchObject({ code: 'not_running' });
    // A file left behind by a killed node: nothing accepts on it.
    fs.mkdirSync(path.dirname(sock), { recursive: true });
    fs.writeFileSync(sock, '');
    await expect(askNode(sock, { command: 'nodes' })).rejects.toMatchObject({ code: 'not_running' });
  });

  test('a stale socket file is replaced; a live one refuses a second node', async () => {
    fs.mkdirSync(path.dirname(sock), { recursive: true });
    fs.writeFileSync(sock, '');
    await serve(async () => 'first');
    await expect(askNode(sock, { command: 'x' })).resolves.toBe('first');
    const second = new ControlServer(sock, async () => 'second');
    await expect(second.listen()).rejects.toMatchObject({ code: 'in_use' });
    await expect(askNode(sock, { command: 'x' })).resolves.toBe('first');
  });

  test('garbage on the socket gets an error line and the server keeps serving', async () => {
    await serve(async () => 'ok');
    const answer = await new Promise<string>((resolve) => {
      const c = net.connect(sock);
      let buf = '';
      c.on('data', (d) => { buf += d; });
      c.on('end', () => resolve(buf));
      c.write('this is not json\n');
    });
    expect(JSON.parse(answer)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await expect(askNode(sock, { command: 'x' })).resolves.toBe('ok');
  });
});
