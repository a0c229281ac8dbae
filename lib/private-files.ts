// private-files.ts: files that hold keys (the cluster key file, the databases with agent keys, the
// enrollment password) are created 0600, and a node says at start which of them others can read.
// Root ignores modes when it reads, but the bits are what every other account on the machine meets.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/** Owner read and write only. */
export const PRIVATE_MODE = 0o600;

/** Creates file empty with mode 0600 when it does not exist; an existing file is left as it is. */
export function ensurePrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, PRIVATE_MODE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Writes a new file holding a secret with mode 0600; refuses to replace an existing file unless
 * `overwrite` (a key written over by mistake locks the cluster out), and then keeps it 0600.
 */
export function writePrivateFile(file: string, content: string, overwrite = false): void {
  if (overwrite) {
    fs.writeFileSync(file, content, { mode: PRIVATE_MODE });
    fs.chmodSync(file, PRIVATE_MODE); // an existing file keeps its old mode through writeFileSync
    return;
  }
  fs.writeFileSync(file, content, { mode: PRIVATE_MODE, flag: 'wx' });
}

/**
 * Writes a secret as a new 0600 file renamed over `file`: the secret is never in a file that others can
 * read, not even while a leftover of that name, readable by others, is being replaced.
 */
export async function replacePrivateFile(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content, { mode: PRIVATE_MODE, flag: 'wx' });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Who besides the owner may read `mode`: 'group and others', 'others', 'group', or null. */
export function readableBy(mode: number): string | null {
  const group = (mode & 0o040) !== 0;
  const others = (mode & 0o004) !== 0;
  if (group && others) return 'group and others';
  if (others) return 'others';
  if (group) return 'group';
  return null;
}

/** A file that holds a secret, and what it holds (for the warning). */
export interface SecretFile {
  file: string;
  holds: string;
  /** Group read is expected here (Wazuh's 0640 root:wazuh convention): warn only about others. */
  groupMayRead?: boolean;
}

/** One warning per existing file that others can read, naming the file, its mode and the fix. */
export function exposedSecretWarnings(files: readonly SecretFile[], stat: (f: string) => fs.Stats | undefined = statOrUndefined): string[] {
  const out: string[] = [];
  for (const secret of files) {
    const st = stat(secret.file);
    const warning = st && exposedSecretWarning(secret, st.mode);
    if (warning) out.push(warning);
  }
  return out;
}

/** The warning for one secret file of the given mode, or null when only its owner (or a group allowed) can read it. */
export function exposedSecretWarning({ file, holds, groupMayRead }: SecretFile, fileMode: number): string | null {
  const mode = fileMode & 0o777;
  const who = readableBy(groupMayRead ? mode & ~0o070 : mode);
  if (!who) return null;
  const octal = mode.toString(8).padStart(4, '0');
  return `${file} holds ${holds} and is readable by ${who} (mode ${octal}): run \`chmod 600 ${file}\`.`;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
