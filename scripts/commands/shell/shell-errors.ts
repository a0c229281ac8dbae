// shell-errors.ts: pure; what the shell says about a failed command, and the exit code of `-c`:
// 2 a usage error, 3 the node is not running, 1 anything else (the node refused or failed).
import { ControlError } from '../../../actors/control/control-protocol';
import { ShellUsageError } from './parse';

export function describeFailure(err: unknown): { message: string; exitCode: number } {
  if (err instanceof ShellUsageError) return { message: `usage: ${err.message}`, exitCode: 2 };
  if (err instanceof ControlError) {
    return { message: `error: ${err.message}${err.code && err.code !== 'internal' ? ` [${err.code}]` : ''}`, exitCode: err.code === 'not_running' ? 3 : 1 };
  }
  return { message: `error: ${(err as Error)?.message ?? String(err)}`, exitCode: 1 };
}
