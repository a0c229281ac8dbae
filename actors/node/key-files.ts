// key-files.ts: the files of a node that hold keys, for the warnings about their modes (at start, daemon -t).
import * as path from 'node:path';
import type { WardenConfig } from '../../config/schema';
import type { SecretFile } from '../../lib/private-files';
import { databasePath } from './data-dir';

export function nodeSecretFiles(config: WardenConfig): SecretFile[] {
  const db = databasePath(config.dataDir, config.cluster.nodeType);
  const files: SecretFile[] = [
    { file: db, holds: 'the agents\' keys' },
    { file: `${db}-wal`, holds: 'the agents\' keys (recent writes)' },
  ];
  if (config.cluster.keyFile) files.push({ file: config.cluster.keyFile, holds: 'the cluster key' });
  // A config with the key inline: a service group reading it is Wazuh's convention (ossec.conf 0640 root:wazuh).
  else files.push({ file: config.configPath, holds: 'the cluster key (cluster.key)', groupMayRead: true });
  return files;
}

/** The enrollment port's own secrets: it warns about them itself when it loads them, `daemon -t` here. */
export function enrollmentSecretFiles(config: WardenConfig): SecretFile[] {
  const files: SecretFile[] = [{ file: path.join(config.dataDir, 'etc', 'sslmanager.key'), holds: 'the enrollment TLS private key' }];
  if (config.agents.enrollmentPasswordFile) files.push(enrollmentPasswordSecret(config.agents.enrollmentPasswordFile));
  return files;
}

/** authd.pass 0640 root:wazuh is Wazuh's own layout: a service group may read it. */
export function enrollmentPasswordSecret(file: string): SecretFile {
  return { file, holds: 'the enrollment password', groupMayRead: true };
}
