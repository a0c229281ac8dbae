// control-args.ts: pure; reading a control command's arguments, each problem named with its argument.
import { ControlError, type ControlRequest } from './control-protocol';

type Args = NonNullable<ControlRequest['args']>;

export function stringArg(args: Args, name: string): string {
  const v = args[name];
  if (typeof v !== 'string' || v === '') throw new ControlError('bad_args', `"${name}" must be a non-empty string, got ${JSON.stringify(v) ?? 'nothing'}`);
  return v;
}

export function optionalStringArg(args: Args, name: string): string | undefined {
  return args[name] === undefined || args[name] === null ? undefined : stringArg(args, name);
}

/** An integer within [min, max]; `fallback` when absent. */
export function intArg(args: Args, name: string, min: number, max: number, fallback: number): number {
  const v = args[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ControlError('bad_args', `"${name}" must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
  }
  return v;
}

export function objectArg(args: Args, name: string): Record<string, unknown> {
  const v = args[name];
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new ControlError('bad_args', `"${name}" must be an object, got ${JSON.stringify(v)}`);
  return v as Record<string, unknown>;
}

export function boolArg(args: Args, name: string): boolean {
  const v = args[name];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new ControlError('bad_args', `"${name}" must be true or false, got ${JSON.stringify(v)}`);
  return v;
}
