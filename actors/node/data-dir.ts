// The data directory mirrors a Wazuh install (DESIGN.md section 5).
import * as fs from 'fs';
import * as path from 'path';

export const DATA_DIRS = ['etc/shared', 'etc/rules', 'etc/decoders', 'etc/lists', 'queue/db', 'queue/cluster', 'logs'];

export function prepareDataDir(dataDir: string): void {
  for (const d of DATA_DIRS) fs.mkdirSync(path.join(dataDir, d), { recursive: true, mode: 0o750 });
}

export function clusterLogPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'cluster.log');
}

/** Alerts, one JSON object a line: Wazuh's logs/alerts/alerts.json, the path Filebeat's Wazuh module reads. */
export function alertsPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'alerts', 'alerts.json');
}

/** Every agent event, one JSON object a line: Wazuh's logs/archives/archives.json. */
export function archivesPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'archives', 'archives.json');
}

/** The node's database: global.db on the master (agents with keys), worker.db on a worker. */
export function databasePath(dataDir: string, nodeType: 'master' | 'worker'): string {
  return path.join(dataDir, 'queue', 'db', nodeType === 'master' ? 'global.db' : 'worker.db');
}
