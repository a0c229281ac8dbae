// `warden daemon --config F [-t] [--debug]`: runs one node in the foreground until SIGTERM/SIGINT.
import { loadConfig, ConfigError } from '../../config/loader';
import { WardenConfig } from '../../config/schema';
import { createClusterLog, ClusterLog } from '../../log/cluster-log';
import { startNode } from '../../actors/node/node';
// The etcd client (etcd3, gRPC) costs ~30 MB and startup time: loaded only by nodes with cluster.etcd.
type HaMasterModule = typeof import('../../actors/ha/ha-master');
type WorkerLeaderModule = typeof import('../../actors/ha/worker-leader');
import { clusterLogPath } from '../../actors/node/data-dir';
import { enrollmentSecretFiles, nodeSecretFiles } from '../../actors/node/key-files';
import { exposedSecretWarnings } from '../../lib/private-files';
import { HOST, NAME } from '../../config/checks';

/** A graceful stop: a worker's leave (its agents' grace period, the master's answer), then the tree and the stores. */
const STOP_DEADLINE_MS = 10_000;

interface DaemonOptions {
  config: string;
  test?: boolean;
  debug?: boolean;
  /** Replaces cluster.node_name: one config shared by many nodes (Kubernetes pods) with a name each. */
  nodeName?: string;
  /** Where other nodes reach this master's cluster port (published in etcd); e.g. a pod's IP. */
  advertiseAddr?: string;
}

/** Loads and validates a config; prints every problem and exits 1 when it is bad. */
export function loadConfigOrExit(file: string): WardenConfig {
  try {
    return loadConfig(file);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

export async function daemonCommand(opts: DaemonOptions): Promise<void> {
  const config = loadConfigOrExit(opts.config);
  if (opts.nodeName !== undefined) {
    const name = NAME.parse(opts.nodeName);
    if (!name.ok) {
      process.stderr.write(`warden: --node-name: ${name.what}\n`);
      process.exit(2);
    }
    config.cluster.nodeName = name.value;
  }
  if (opts.advertiseAddr !== undefined && !HOST.parse(opts.advertiseAddr).ok) {
    process.stderr.write(`warden: --advertise-addr: ${JSON.stringify(opts.advertiseAddr)} is not a host name or IP address\n`);
    process.exit(2);
  }
  const c = config.cluster;
  if (opts.test) {
    for (const w of exposedSecretWarnings([...nodeSecretFiles(config), ...enrollmentSecretFiles(config)])) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`Configuration OK: ${config.configPath} (${c.nodeType} ${c.nodeName} of cluster ${c.name}, data in ${config.dataDir})\n`);
    return;
  }
  if (c.disabled) {
    process.stdout.write(`Node ${c.nodeName} is disabled (cluster.disabled: true in ${config.configPath}): not starting.\n`);
    return;
  }
  let log: ClusterLog;
  try {
    log = createClusterLog({
      file: clusterLogPath(config.dataDir),
      level: opts.debug ? 'debug' : config.log.level,
      stderr: true,
      role: c.nodeType === 'master' ? 'Master' : 'Worker',
      nodeName: c.nodeName,
    });
  } catch (err) {
    process.stderr.write(`warden: cannot open the cluster log: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const closeLog = () => log.close().catch((err: Error) => process.stderr.write(`warden: ${err.message}\n`));
  let stopping = false;
  let node: { stop(reason?: string): Promise<void> } | undefined;
  const shutdown = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info(`${why}: stopping.`);
    const deadline = setTimeout(() => {
      process.stderr.write(`warden: could not stop within ${STOP_DEADLINE_MS / 1000}s; exiting anyway\n`);
      process.exit(code || 1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    try {
      await node?.stop(why);
    } catch (err) {
      log.error('Error while stopping', err);
      code = code || 1;
    }
    await closeLog();
    clearTimeout(deadline);
    process.exit(code);
  };
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      if (stopping) process.exit(1); // a second signal: the operator insists
      void shutdown(`Received ${sig}`, 0);
    });
  }
  const onFatal = (err: Error): void => void shutdown(`Fatal: ${err.message}`, 1);
  try {
    const etcd = c.etcd;
    if (etcd && c.nodeType === 'master') {
      // Several masters: etcd elects the leader; this one starts as a standby and changes role as told.
      const { startHaMaster } = require('../../actors/ha/ha-master') as HaMasterModule;
      node = await startHaMaster({ config: { ...config, cluster: { ...c, etcd } }, advertiseAddr: opts.advertiseAddr, log, onFatal, start: (mode) => startNode(config, { log, onFatal, ...mode }) });
    } else if (etcd) {
      // A worker that can read etcd dials the leader it names before going round cluster.nodes.
      const { watchWorkerLeader } = require('../../actors/ha/worker-leader') as WorkerLeaderModule;
      const watch = watchWorkerLeader(etcd, config.cluster.port, log);
      const n = await startNode(config, { log, onFatal, leaderHint: watch.hint });
      node = { stop: async (reason) => { await n.stop(reason); await watch.stop(); } };
    } else {
      node = await startNode(config, { log, onFatal });
    }
  } catch (err) {
    log.error('Could not start', err);
    await closeLog();
    process.stderr.write(`warden: could not start ${c.nodeName}: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
