// private-file.ts: files that hold secrets (keys, passwords): written 0600 without ever being readable
// by others, and a warning for one that group or others can read.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a secret as a new 0600 file renamed over `file`: it is never in a file that others can read,
 * not even while a leftover of that name, readable by others, is being replaced.
 */
export async function writePrivateFile(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content, { mode: 0o600, flag: 'wx' });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** `The <what> <file> can be read by group or others (mode 0644): chmod 600 it.`, or null when it is private. */
export function looseModeWarning(what: string, file: string, mode: number): string | null {
  if ((mode & 0o044) === 0) return null;
  return `The ${what} ${file} can be read by group or others (mode 0${(mode & 0o777).toString(8)}): chmod 600 it.`;
}
