// The master's queue/db/global.db, as versioned migrations.
import { Migration } from './sqlite';

export const GLOBAL_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE agent (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        ip TEXT NOT NULL,
        key TEXT NOT NULL,
        os_name TEXT, os_version TEXT, os_platform TEXT, os_arch TEXT, os_uname TEXT,
        version TEXT,
        config_sum TEXT,
        merged_sum TEXT,
        node_name TEXT,
        date_add INTEGER NOT NULL,
        last_keepalive INTEGER,
        connection_status TEXT NOT NULL DEFAULT 'never_connected',
        disconnection_time INTEGER
      );
      CREATE TABLE label (
        agent_id INTEGER NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (agent_id, key)
      );
      CREATE TABLE grp (name TEXT PRIMARY KEY, date_add INTEGER NOT NULL);
      CREATE TABLE belongs (
        agent_id INTEGER NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
        group_name TEXT NOT NULL REFERENCES grp(name) ON DELETE CASCADE,
        priority INTEGER NOT NULL,
        PRIMARY KEY (agent_id, group_name)
      );
      CREATE INDEX belongs_group ON belongs(group_name);
      -- What workers must learn (new, changed and deleted agents, group changes), in order: the
      -- GroupSender sends what came after the sequence a worker has seen.
      CREATE TABLE registry_change (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        agent_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
        at INTEGER NOT NULL
      );
    `,
  },
  {
    // Master high availability: what standbys copy. Every write of an agent or group stamps its row with the
    // next value of a write sequence (meta replica_seq; agent-info writes: meta info_seq into info_rev), and a
    // deletion leaves a tombstone, so that a standby at seq N is sent exactly the rows stamped after N.
    // Rows written before this step are stamped 1: a copy at 0 (an empty standby) gets them all.
    version: 2,
    up: `
      ALTER TABLE agent ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE agent ADD COLUMN info_rev INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE grp ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX agent_rev ON agent(rev);
      CREATE INDEX agent_info_rev ON agent(info_rev);
      CREATE TABLE tombstone (
        kind TEXT NOT NULL CHECK (kind IN ('agent', 'group')),
        subject TEXT NOT NULL,
        rev INTEGER NOT NULL,
        PRIMARY KEY (kind, subject)
      );
      CREATE INDEX tombstone_rev ON tombstone(rev);
      INSERT INTO meta (key, value) VALUES ('replica_seq', '1'), ('info_seq', '1')
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `,
  },
];
