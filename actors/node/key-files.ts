// key-files.ts: the files of a node that hold keys, for the start-up warning about their modes.
import * as path from 'node:path';
import type { WardenConfig } from '../../config/schema';
import type { SecretFile } from '../../lib/private-files';
import { databasePath } from './data-dir';

export function nodeSecretFiles(config: WardenConfig): SecretFile[] {
  const db = databasePath(config.dataDir, config.cluster.nodeType);
  const files: SecretFile[] = [
    { file: db, holds: 'the agents\' keys' },
    { file: `${db}-wal`, holds: 'the agents\' keys (recent writes)' },
    { file: path.join(config.dataDir, 'etc', 'sslmanager.key'), holds: 'the enrollment TLS private key' },
  ];
  if (config.cluster.keyFile) files.push({ file: config.cluster.keyFile, holds: 'the cluster key' });
  // A config with the key inline: a service group reading it is Wazuh's convention (ossec.conf 0640 root:wazuh).
  else files.push({ file: config.configPath, holds: 'the cluster key (cluster.key)', groupMayRead: true });
  if (config.agents.enrollmentPasswordFile) {
    files.push({ file: config.agents.enrollmentPasswordFile, holds: 'the enrollment password', groupMayRead: true });
  }
  return files;
}
