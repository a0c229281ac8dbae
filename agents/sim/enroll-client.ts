// One enrollment, as an agent's agent-auth does it: TLS to authd (certificate not verified), one
// request line, read the reply until the server closes. Every wait races a deadline.
import * as tls from 'node:tls';
import { NodeAddress } from '../../config/address';
import { Clock, systemClock } from '../../lib/clock';
import { formatEnrollRequest, IssuedKey, parseEnrollReply } from '../enrollment/enroll-request';
import { SimError } from './sim-errors';

interface EnrollParams {
  address: NodeAddress;
  name: string;
  version: string;
  groups: string[];
  password: string | null;
  timeoutMs: number;
  /** Runs the deadline; the system clock by default. */
  clock?: Clock;
  /** The source address to connect from (another 127.0.0.x stands for another host in tests and benches). */
  localAddress?: string;
}

/** authd's reply is one short line; more than this is not an authd. */
const MAX_REPLY = 4096;

export interface EnrollAttempt {
  result: Promise<IssuedKey>;
  /** Aborts the attempt (the result rejects with `stopped`). */
  abort(): void;
}

export function enrollAgent(p: EnrollParams): EnrollAttempt {
  let abort: () => void = () => undefined;
  const result = new Promise<IssuedKey>((resolve, reject) => {
    let reply = '';
    let done = false;
    // tls.connect hands localAddress to its TCP socket; its option type does not list it.
    const from = p.localAddress ? { localAddress: p.localAddress } : {};
    const socket = tls.connect({ host: p.address.host, port: p.address.port, rejectUnauthorized: false, ...from });
    const finish = (err: SimError | null, key?: IssuedKey) => {
      if (done) return;
      done = true;
      timer.cancel();
      socket.destroy();
      if (err) reject(err);
      else resolve(key as IssuedKey);
    };
    const timer = (p.clock ?? systemClock).setTimeout(() => finish(new SimError('timeout', `enrollment of ${p.name} got no reply within ${p.timeoutMs} ms`)), p.timeoutMs);
    abort = () => finish(new SimError('stopped', `enrollment of ${p.name} aborted`));
    socket.setEncoding('latin1');
    socket.once('secureConnect', () => {
      socket.write(formatEnrollRequest({
        ...(p.password !== null ? { password: p.password } : {}),
        name: p.name,
        version: p.version,
        ...(p.groups.length > 0 ? { groups: p.groups } : {}),
      }));
    });
    socket.on('data', (chunk: string) => {
      reply += chunk;
      if (reply.length > MAX_REPLY) finish(new SimError('enroll_failed', `enrollment reply for ${p.name} is over ${MAX_REPLY} bytes`));
      // authd closes after its reply; a complete key line need not wait for the close.
      const key = parseEnrollReply(reply);
      if (key) finish(null, key);
    });
    socket.on('end', () => finish(replyError(p.name, reply)));
    socket.on('close', () => finish(replyError(p.name, reply)));
    socket.on('error', (err) => finish(new SimError('enroll_failed', `enrollment of ${p.name} at ${p.address.host}:${p.address.port} failed: ${err.message}`, { cause: err })));
  });
  return { result, abort: () => abort() };
}

function replyError(name: string, reply: string): SimError {
  const text = reply.trim();
  if (text.startsWith('ERROR')) return new SimError('enroll_refused', `enrollment of ${name} refused: ${text.slice(0, 300)}`);
  return new SimError('enroll_failed', `enrollment of ${name}: ${text === '' ? 'connection closed with no reply' : `unexpected reply ${JSON.stringify(text.slice(0, 120))}`}`);
}
