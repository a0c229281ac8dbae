// journal.ts: the commit record of an apply. Written once all staged files are verified and durable
// (tmp file, fsync, rename, fsync of the folder): its presence is the commit point. Before it, a crash
// leaves the old tree and recovery discards the staged files (roll back); after it, recovery redoes
// every step, each idempotent, until the tree is the master's (roll forward).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntegrityError } from './errors';
import { fsyncDir, isMissing } from './fs-util';
import type { PathConflict } from './integrity-plan';
import { isStagedName, JOURNAL_FILE, type StagedEntry } from './staging';

export const JOURNAL_VERSION = 1;

export interface JournalRecord {
  readonly version: number;
  readonly writes: readonly StagedEntry[];
  readonly deletes: readonly string[];
  readonly conflicts: readonly PathConflict[];
}

interface OnDisk {
  sum: string; // MD5 of `body`: a torn or edited journal is refused, never half-applied
  body: string;
}

export async function commitJournal(stagingDir: string, rec: JournalRecord): Promise<void> {
  const body = JSON.stringify(rec);
  const doc: OnDisk = { sum: md5(body), body };
  const tmp = path.join(stagingDir, JOURNAL_FILE + '.tmp');
  const fh = await fs.promises.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(JSON.stringify(doc));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.promises.rename(tmp, path.join(stagingDir, JOURNAL_FILE));
  await fsyncDir(stagingDir);
}

/** The committed journal, or undefined when there is none. Throws journal_corrupt on a bad one. */
export async function readJournal(stagingDir: string): Promise<JournalRecord | undefined> {
  const file = path.join(stagingDir, JOURNAL_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
  const corrupt = (why: string, cause?: unknown): IntegrityError =>
    new IntegrityError('journal_corrupt', `integrity journal ${file} is unusable: ${why}`, { cause });
  let doc: OnDisk, rec: JournalRecord;
  try {
    doc = JSON.parse(text) as OnDisk;
    if (typeof doc.body !== 'string' || md5(doc.body) !== doc.sum) throw corrupt('checksum mismatch');
    rec = JSON.parse(doc.body) as JournalRecord;
  } catch (err) {
    if (err instanceof IntegrityError) throw err;
    throw corrupt('not JSON', err);
  }
  if (rec.version !== JOURNAL_VERSION) throw corrupt(`version ${String(rec.version)}`);
  if (!Array.isArray(rec.writes) || !Array.isArray(rec.deletes) || !Array.isArray(rec.conflicts)) throw corrupt('missing lists');
  for (const w of rec.writes) {
    if (typeof w.rel !== 'string' || typeof w.staged !== 'string' || !isStagedName(w.staged, w.rel)) throw corrupt('bad write entry');
  }
  return rec;
}

/** Ends an apply: the journal goes first, then the uncommitted tmp if any. */
export async function clearJournal(stagingDir: string): Promise<void> {
  for (const name of [JOURNAL_FILE, JOURNAL_FILE + '.tmp']) {
    try {
      await fs.promises.unlink(path.join(stagingDir, name));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
  await fsyncDir(stagingDir);
}

function md5(s: string): string {
  return createHash('md5').update(s).digest('hex');
}
