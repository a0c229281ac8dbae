// The local control socket speaks one JSON object a line each way: a request, then its response.

export const MAX_CONTROL_LINE = 1 << 20;

export interface ControlRequest {
  command: string;
  args?: Record<string, unknown>;
}

export type ControlResponse =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string } };

export class ControlError extends Error {
  constructor(readonly code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ControlError';
  }
}

export function parseControlRequest(line: string): ControlRequest {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    throw new ControlError('bad_request', `not JSON: ${(err as Error).message}`);
  }
  if (typeof v !== 'object' || v === null || typeof (v as ControlRequest).command !== 'string') {
    throw new ControlError('bad_request', 'expected {"command": string, "args"?: object}');
  }
  const args = (v as ControlRequest).args;
  if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args))) {
    throw new ControlError('bad_request', '"args" must be an object');
  }
  return { command: (v as ControlRequest).command, args: args ?? {} };
}

export function errorResponse(err: unknown): ControlResponse {
  if (err instanceof ControlError) return { ok: false, error: { code: err.code, message: err.message } };
  const e = err as { code?: unknown; message?: unknown };
  return {
    ok: false,
    error: { code: typeof e?.code === 'string' ? e.code : 'internal', message: String(e?.message ?? err) },
  };
}

/** A result carried as JSON over the cluster (ControlResponse.result_json). */
export function parseResultJson(json: string, from: string): unknown {
  try {
    return JSON.parse(json || 'null') as unknown;
  } catch (err) {
    throw new ControlError('bad_response', `the answer of ${from} is not JSON: ${(err as Error).message}`);
  }
}
