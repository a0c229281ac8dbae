// The first sealed request of a new connection must be a Hello, within a deadline.
import type { Clock } from '../../lib/clock';
import { Peer } from '../../protocol/peer';
import { body, Body, Envelope } from '../../protocol/envelope';

export interface PendingHello {
  env: Envelope;
  respond: (body: Body) => void;
}

export function awaitHello(peer: Peer, timeoutMs: number, clock: Clock): Promise<PendingHello> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      timer.cancel();
      peer.off('request', onRequest);
      peer.off('message', onMessage);
      peer.off('close', onClose);
    };
    const fail = (err: Error) => { cleanup(); reject(err); };
    const timer = clock.setTimeout(() => fail(new Error(`no hello within ${timeoutMs} ms`)), timeoutMs);
    const onRequest = (env: Envelope, respond: (body: Body) => void) => {
      cleanup();
      if (env.body.kind !== 'hello') {
        respond(body('error', { code: 'hello_expected', message: 'the first request must be a hello' }));
        return reject(new Error(`expected a hello, got ${env.body.kind}`));
      }
      resolve({ env, respond });
    };
    const onMessage = (env: Envelope) => fail(new Error(`expected a hello request, got a ${env.body.kind} message`));
    const onClose = (err?: Error) => fail(err ?? new Error('closed before its hello'));
    peer.on('request', onRequest);
    peer.on('message', onMessage);
    peer.once('close', onClose);
  });
}
