// The process's soft limit on open files, from /proc/self/limits (Linux); null where it cannot be read.
// Ports size their connection caps from it, so that a full port never leaves the node without descriptors.
import * as fs from 'fs';

export function parseOpenFileLimit(limitsText: string): number | null {
  const m = /^Max open files\s+(\d+|unlimited)\s/m.exec(limitsText);
  if (!m) return null;
  return m[1] === 'unlimited' ? null : Number(m[1]);
}

export function openFileLimit(): number | null {
  try {
    return parseOpenFileLimit(fs.readFileSync('/proc/self/limits', 'utf8'));
  } catch {
    return null; // not Linux: the callers' absolute caps apply
  }
}
