// Asks a running node through its control socket.
import * as fs from 'fs';
import * as net from 'net';
import { ControlError, ControlRequest, ControlResponse, MAX_CONTROL_LINE } from './control-protocol';

export async function askNode(socketPath: string, req: ControlRequest, timeoutMs = 15_000): Promise<unknown> {
  if (!fs.existsSync(socketPath)) {
    throw new ControlError('not_running', `the node is not running (no control socket at ${socketPath})`);
  }
  const line = await new Promise<string>((resolve, reject) => {
    const s = net.connect(socketPath);
    let buf = '';
    const timer = setTimeout(() => { s.destroy(); reject(new ControlError('timeout', `no answer from the node within ${timeoutMs} ms`)); }, timeoutMs);
    const fail = (err: Error & { code?: string }) => {
      clearTimeout(timer);
      const notRunning = err.code === 'ECONNREFUSED' || err.code === 'ENOENT';
      reject(notRunning
        ? new ControlError('not_running', `the node is not running (nothing listens on ${socketPath})`, { cause: err })
        : new ControlError('io', `control socket ${socketPath}: ${err.message}`, { cause: err }));
    };
    s.once('error', fail);
    s.setEncoding('utf8');
    s.on('data', (d: string) => {
      buf += d;
      if (buf.length > 64 * MAX_CONTROL_LINE) s.destroy(new Error('answer too large'));
    });
    s.on('end', () => { clearTimeout(timer); resolve(buf); });
    s.write(JSON.stringify(req) + '\n');
  });
  let res: ControlResponse;
  try {
    res = JSON.parse(line) as ControlResponse;
  } catch {
    throw new ControlError('bad_response', `the node answered something that is not JSON: ${line.slice(0, 200)}`);
  }
  if (!res.ok) throw new ControlError(res.error.code, res.error.message);
  return res.result;
}
