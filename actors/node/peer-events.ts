// peer-events.ts: a connection's Peer as messages. The connection actor subscribes once; every request,
// incoming stream and the close become messages in its mailbox, and nothing runs in a socket callback.
import type { Readable } from 'stream';
import { body, type Envelope } from '../../protocol/envelope';
import type { Peer, Respond, StreamInfo } from '../../protocol/peer';

/** A request of the other side, to be answered once through `respond`. */
export interface PeerRequest {
  env: Envelope;
  respond: Respond;
}

export interface PeerStream {
  info: StreamInfo;
  readable: Readable;
}

export type PeerEvent =
  | { type: 'request'; req: PeerRequest }
  | { type: 'stream'; stream: PeerStream }
  | { type: 'closed'; error: Error | undefined };

/**
 * Holds a new connection's events until its actor is there to take them: the other side may send its
 * first requests the moment the hello is accepted. Bounded: past `limit` a request is answered 'busy'.
 */
export class EarlyPeerEvents {
  private readonly events: PeerEvent[] = [];
  private readonly detach: () => void;

  constructor(peer: Peer, limit = 64) {
    this.detach = attachPeer(peer, (e) => {
      if (this.events.length >= limit && e.type !== 'closed') return false;
      this.events.push(e);
      return true;
    });
  }

  /** Stops holding and returns what was held, oldest first. */
  release(): PeerEvent[] {
    this.detach();
    return this.events.splice(0);
  }
}

/**
 * Posts the peer's events to `tell` (after those `early` held); returns the function that detaches.
 * A refused request is answered 'busy'; a refused stream is aborted.
 */
export function attachPeer(peer: Peer, tell: (e: PeerEvent) => boolean, early?: EarlyPeerEvents): () => void {
  for (const e of early?.release() ?? []) deliver(e, tell);
  const onRequest = (env: Envelope, respond: Respond) => deliver({ type: 'request', req: { env, respond } }, tell);
  const onStream = (info: StreamInfo, readable: Readable) => deliver({ type: 'stream', stream: { info, readable } }, tell);
  const onClose = (error?: Error) => deliver({ type: 'closed', error }, tell);
  peer.on('request', onRequest);
  peer.on('stream', onStream);
  peer.once('close', onClose);
  return () => {
    peer.off('request', onRequest);
    peer.off('stream', onStream);
    peer.off('close', onClose);
  };
}

function deliver(e: PeerEvent, tell: (e: PeerEvent) => boolean): void {
  if (tell(e)) return;
  if (e.type === 'request') answerBusy(e.req);
  else if (e.type === 'stream') e.stream.readable.destroy();
}

function answerBusy(req: PeerRequest): void {
  req.respond(body('error', { code: 'busy', message: `cannot take ${req.env.body.kind} now: try again` }));
}

/** Answers a request with an ErrorReply carrying the error's code (or 'failed') and message. */
export function answerError(req: PeerRequest, err: Error): void {
  const code = (err as { code?: unknown }).code;
  req.respond(body('error', { code: typeof code === 'string' ? code : 'failed', message: err.message }));
}

/** A request this side does not serve. */
export function answerUnsupported(req: PeerRequest, side: string): void {
  req.respond(body('error', { code: 'unsupported', message: `${side} does not handle ${req.env.body.kind}` }));
}

/** Routes a request to a loop's mailbox, or answers 'busy' when the loop cannot take it. */
export function routeRequest<M>(to: { tell(m: M): boolean }, req: PeerRequest, msg: M): void {
  if (!to.tell(msg)) answerBusy(req);
}
