// request.ts: one typed request: send `body`, wait for the reply of kind `expect` within the deadline.
// An ErrorReply rejects with RemoteError (the other side refused); any other kind is a ProtocolError.
import { Body, BodyKind, BodyValue, Envelope } from './envelope';
import { ProtocolError } from './errors';

/** What a request needs from a connection (a Peer, or a test double). */
export interface Requester {
  request(body: Body, timeoutMs?: number): Promise<Envelope>;
}

export async function requestOf<K extends BodyKind>(peer: Requester, body: Body, expect: K, timeoutMs?: number): Promise<BodyValue<K>> {
  const reply = await peer.request(body, timeoutMs);
  if (reply.body.kind !== expect) {
    throw new ProtocolError('unexpected_message', `${body.kind} was answered with ${reply.body.kind}, expected ${expect}`);
  }
  return reply.body.value as BodyValue<K>;
}
