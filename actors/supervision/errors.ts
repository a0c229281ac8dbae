// errors.ts: the named errors of the actor layer.

/** ask() got no answer in time: the actor is busy, stuck or gone. */
export class AskTimeoutError extends Error {
  override readonly name = 'AskTimeoutError';
  readonly code = 'ask_timeout';
  constructor(readonly path: string, readonly timeoutMs: number, readonly messageType: string) {
    super(`${path} did not answer ${messageType} within ${timeoutMs} ms`);
  }
}

/** The actor was stopped (or failed for good) before it could answer. */
export class ActorStoppedError extends Error {
  override readonly name = 'ActorStoppedError';
  readonly code = 'actor_stopped';
  constructor(readonly path: string, what: string) {
    super(`${path} is stopped: ${what}`);
  }
}

/** A child failed past what its policy allows and handed the failure up. */
export class ChildFailedError extends Error {
  override readonly name = 'ChildFailedError';
  constructor(readonly childPath: string, cause: Error) {
    super(`${childPath} failed: ${cause.message}`, { cause });
  }
}

/** The message of the failure under the supervision wrappers ("<path> failed: ..."), for log lines. */
export function rootMessage(err: Error): string {
  let e: Error = err;
  while (e instanceof ChildFailedError && e.cause instanceof Error) e = e.cause;
  return e.message;
}
