// legacy-logs.ts: before Wazuh's layout, alerts and archives lived in logs/alerts.json and
// logs/archives.json. A node that finds them leaves them where they are (their lines are the
// operator's, maybe read by a shipper) and says once, at start, where the lines go now.
import * as fs from 'fs';
import * as path from 'path';
import { alertsPath, archivesPath } from './data-dir';

/** One line per old file found (the live file or a rotation's leftover), naming its new place. */
export function legacyLogNotes(dataDir: string, exists: (file: string) => boolean = fs.existsSync): string[] {
  const notes: string[] = [];
  for (const now of [alertsPath(dataDir), archivesPath(dataDir)]) {
    const old = path.join(dataDir, 'logs', path.basename(now));
    const found = [old, `${old}.rotating`].filter((f) => exists(f));
    if (found.length === 0) continue;
    notes.push(`${found.join(' and ')} ${found.length > 1 ? 'are' : 'is'} from an earlier Warden and left in place: ` +
      `${path.basename(now)} lines now go to ${now} (Wazuh's path, read by Filebeat's Wazuh module); ` +
      'move or delete the old file when nothing reads it any more.');
  }
  return notes;
}
