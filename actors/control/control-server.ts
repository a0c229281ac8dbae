// The node's local control socket: <data_dir>/queue/cluster/c-internal.sock, mode 0660.
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { ControlError, ControlRequest, ControlResponse, errorResponse, MAX_CONTROL_LINE, parseControlRequest } from './control-protocol';

type ControlHandler = (req: ControlRequest) => Promise<unknown>;

export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, 'queue', 'cluster', 'c-internal.sock');
}

export class ControlServer {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly socketPath: string, private readonly handle: ControlHandler) {}

  /** Refuses to start when another live process answers on the socket; removes a stale one. */
  async listen(): Promise<void> {
    fs.mkdirSync(path.dirname(this.socketPath), { recursive: true, mode: 0o750 });
    if (fs.existsSync(this.socketPath)) {
      if (await isAlive(this.socketPath)) {
        throw new ControlError('in_use', `another node is running on ${this.socketPath}: stop it first`);
      }
      fs.unlinkSync(this.socketPath);
    }
    const server = net.createServer((s) => this.serve(s));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.socketPath, () => { server.off('error', reject); resolve(); });
    });
    fs.chmodSync(this.socketPath, 0o660);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(this.socketPath, { force: true });
  }

  private serve(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(30_000, () => socket.destroy());
    let buf = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > MAX_CONTROL_LINE) {
        return this.answer(socket, errorResponse(new ControlError('too_large', `request over ${MAX_CONTROL_LINE} bytes`)));
      }
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      socket.pause();
      const line = buf.slice(0, nl);
      void this.run(line).then((res) => this.answer(socket, res));
    });
  }

  private async run(line: string): Promise<ControlResponse> {
    try {
      return { ok: true, result: await this.handle(parseControlRequest(line)) };
    } catch (err) {
      return errorResponse(err);
    }
  }

  private answer(socket: net.Socket, res: ControlResponse): void {
    if (!socket.destroyed) socket.end(JSON.stringify(res) + '\n');
  }
}

function isAlive(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(socketPath);
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}
