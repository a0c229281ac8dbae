// Opening a SQLite database the way every store here wants it, and versioned migrations.
import Database from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';
import { ensurePrivateFile } from '../lib/private-files';

export type Db = Database.Database;

/** One schema step; `version` starts at 1 and grows by one; never edit a released step, add one. */
export interface Migration {
  version: number;
  up: string;
}

export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
    // The databases hold agent keys: created 0600; SQLite gives its -wal and -shm files the same mode.
    ensurePrivateFile(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives a process crash; only an OS crash may lose the last ones.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Writers wait for each other; the stores' write transactions begin IMMEDIATE, because a deferred one
  // that reads first and then writes gets SQLITE_BUSY at once (no wait) when another writer got in between.
  db.pragma('busy_timeout = 5000');
  return db;
}

class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Applies the missing steps in one transaction each; refuses a database newer than this code. */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`migration #${i} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new MigrationError(`database schema version ${current} is newer than this Warden (${latest}): upgrade Warden`);
  }
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latest;
}
