// A worker's queue/db/worker.db: the registry copy (so any agent can connect to any worker) and the
// statuses of the agents this worker serves, with the versions the AgentInfo sync needs.
import { Migration } from './sqlite';

export const WORKER_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE registry (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        ip TEXT NOT NULL,
        key TEXT NOT NULL,
        groups TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE agent_status (
        id INTEGER PRIMARY KEY,
        info TEXT NOT NULL,            -- the AgentInfoUpdate, as JSON
        change_ver INTEGER NOT NULL,   -- bumped by every local change
        synced_ver INTEGER NOT NULL DEFAULT 0  -- the change_ver the master acknowledged
      );
      CREATE INDEX agent_status_dirty ON agent_status(id) WHERE change_ver > synced_ver;
    `,
  },
  {
    // A full resend lands here part by part and replaces the registry in one transaction at its last part,
    // so the worker never holds 50,000 entries in memory nor serves a half-written registry.
    version: 2,
    up: `
      CREATE TABLE registry_staging (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        ip TEXT NOT NULL,
        key TEXT NOT NULL,
        groups TEXT NOT NULL DEFAULT ''
      );
    `,
  },
];
