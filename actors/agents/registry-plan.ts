// Pure: what the GroupSender sends a worker, given where the worker's copy of the registry stands.

export interface RegistryPoint {
  seq: number;
  digest: string;
}

export type RegistrySendPlan =
  | { action: 'nothing' }
  | { action: 'incremental'; fromSeq: number }
  | { action: 'full'; reason: string };

/**
 * - Same sequence and digest (or the master's digest not known yet): in line, nothing to send.
 * - Same sequence, other digest: the worker's copy drifted (a lost write, a restored backup): full resend.
 * - Worker behind: the changes since its sequence.
 * - Worker ahead of the master (the master's database was replaced): full resend.
 */
export function planRegistrySend(worker: RegistryPoint, master: RegistryPoint): RegistrySendPlan {
  if (worker.seq === master.seq) {
    return worker.digest === master.digest || master.digest === '' ? { action: 'nothing' } : { action: 'full', reason: 'checksum mismatch' };
  }
  if (worker.seq < master.seq) return { action: 'incremental', fromSeq: worker.seq };
  return { action: 'full', reason: `worker at change ${worker.seq}, master at ${master.seq}` };
}

/** Splits a list into parts of at most `size` (a full resend must fit in frames). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts.length ? parts : [[]];
}
