// serve-requests.ts: a scripted other side for tests: answers a peer's requests with one async handler
// (a handler that throws answers with an ErrorReply). Returns the function that stops serving.
import { Peer } from '../../protocol/peer';
import { body, Body, Envelope } from '../../protocol/envelope';

type RequestHandler = (env: Envelope) => Promise<Body>;

export function serveRequests(peer: Peer, handler: RequestHandler): () => void {
  const onRequest = (env: Envelope, respond: (body: Body) => void): void => {
    handler(env).then(respond, (err: unknown) => {
      const e = err as { code?: unknown; message?: unknown };
      respond(body('error', { code: typeof e?.code === 'string' ? e.code : 'failed', message: String(e?.message ?? err) }));
    });
  };
  peer.on('request', onRequest);
  return () => peer.off('request', onRequest);
}
