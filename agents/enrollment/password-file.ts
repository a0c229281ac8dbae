// Reading agents.enrollment_password_file (Wazuh's authd.pass) once, at start: its first line is the
// password, as authd reads it. A file that cannot be read or holds no password stops the node with a
// message naming it, rather than leaving enrollment open or closed by surprise.
import { open } from 'node:fs/promises';

/** authd reads at most this much of the file; a longer first line is not a password. */
const MAX_PASSWORD_FILE_BYTES = 4096;

export class EnrollmentPasswordError extends Error {
  override readonly name = 'EnrollmentPasswordError';
}

export interface EnrollmentPassword {
  password: string;
  /** Permission bits of the file (0o600 is right; anything group or others can read is a warning). */
  mode: number;
}

export async function readEnrollmentPassword(file: string): Promise<EnrollmentPassword> {
  let text: string;
  let mode: number;
  try {
    const handle = await open(file, 'r');
    try {
      mode = (await handle.stat()).mode & 0o777;
      const buf = Buffer.alloc(MAX_PASSWORD_FILE_BYTES + 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      text = buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new EnrollmentPasswordError(`cannot read the enrollment password file ${file}: ${(err as Error).message}`, { cause: err });
  }
  const newline = text.indexOf('\n');
  if (newline < 0 && text.length > MAX_PASSWORD_FILE_BYTES) {
    throw new EnrollmentPasswordError(`the enrollment password file ${file} has no line break in its first ${MAX_PASSWORD_FILE_BYTES} bytes: write the password alone on its first line`);
  }
  const password = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, '');
  if (password === '') throw new EnrollmentPasswordError(`the enrollment password file ${file} is empty: write the password on its first line`);
  return { password, mode };
}
