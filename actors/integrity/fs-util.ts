// fs-util.ts: small file-system helpers shared by the scanner, staging and apply.
import * as fs from 'node:fs';

export function errCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** The path (or a parent of it) is not there. */
export function isMissing(err: unknown): boolean {
  const c = errCode(err);
  return c === 'ENOENT' || c === 'ENOTDIR';
}

/** Makes a folder's entries (renames, unlinks, creations) durable. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await fs.promises.open(dir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export async function lstatOrUndefined(p: string): Promise<fs.Stats | undefined> {
  try {
    return await fs.promises.lstat(p);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}
