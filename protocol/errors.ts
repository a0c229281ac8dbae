// Typed errors of the wire layer. `code` is a stable word that logs, tests and ErrorReply carry;
// the message is for people.

/**
 * Codes raised by this layer. A WardenError may carry any other word too: a request rejected by an
 * ErrorReply carries the remote's code, e.g. 'no_handler' or 'reply_too_large' sent by a Peer itself.
 */
export type WardenErrorCode =
  // framing and envelopes
  | 'frame_too_large'
  | 'bad_version'
  | 'bad_frame'
  | 'bad_envelope'
  | 'unknown_message'
  | 'unexpected_message'
  | 'half_frame_timeout'
  // crypto and session setup
  | 'auth_failed'
  | 'replay'
  | 'reorder'
  | 'handshake_failed'
  | 'connect_failed'
  | 'listen_failed'
  // peers and streams
  | 'timeout'
  | 'closed'
  | 'local_close'
  | 'handler_error'
  | 'too_many_connections'
  | 'evicted'
  | 'rate_limited'
  | 'send_queue_full'
  | 'stream_aborted'
  | 'stream_protocol'
  | 'stream_source_failed'
  | 'stream_stalled'
  | 'link_lost'
  | 'remote_error';

export interface WardenErrorOptions {
  cause?: unknown;
}

export class WardenError extends Error {
  readonly code: string;

  constructor(code: WardenErrorCode | (string & {}), message: string, options: WardenErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }
}

/** The peer broke the wire format or the message rules. */
export class ProtocolError extends WardenError {
  constructor(code: WardenErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}

/** Keys do not match, a tag failed, or a frame was replayed or reordered. */
export class AuthError extends WardenError {
  constructor(code: WardenErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}

/** A deadline passed: a request, the session setup, a half-received frame. */
export class TimeoutError extends WardenError {
  constructor(code: WardenErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}

/** The connection is gone; everything pending on it fails with this. */
export class ClosedError extends WardenError {
  constructor(message = 'connection closed', options?: WardenErrorOptions) {
    super('closed', message, options);
  }
}

/** The other side answered a request with an ErrorReply: it refused or failed; the link itself is fine. */
export class RemoteError extends WardenError {
  constructor(code: string, message: string) {
    super(code || 'remote_error', message);
  }
}

/** A loop judged the link dead (e.g. keep-alives unanswered); its connection must be closed and redialed. */
export class LinkLostError extends WardenError {
  constructor(message: string, options?: WardenErrorOptions) {
    super('link_lost', message, options);
  }
}

/**
 * Is this a failure of the link rather than of the work? Protocol errors, failed authentication, deadlines
 * and closed connections are; an ErrorReply is not. Causes are followed, so a wrapped link failure counts.
 */
export function isLinkFailure(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RemoteError) return false;
    if (e instanceof ProtocolError || e instanceof AuthError || e instanceof TimeoutError || e instanceof ClosedError || e instanceof LinkLostError) return true;
  }
  return false;
}

/** Wraps anything thrown into a WardenError so that listeners always get a code. */
export function asWardenError(err: unknown, code: WardenErrorCode | 'internal' = 'internal'): WardenError {
  if (err instanceof WardenError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new WardenError(code, message, { cause: err });
}
