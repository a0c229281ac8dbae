// What every actor of a node shares: config, log, clock, randomness, keyring, transport limits and meters.
import { WardenConfig } from '../../config/schema';
import type { ClusterLog } from '../../log/cluster-log';
import type { Clock, Random } from '../../lib/clock';
import { Keyring } from '../../protocol/keyring';
import { PeerOptions } from '../../protocol/peer-options';
import type { NodeMeters } from '../metrics/node-meters';

export interface NodeContext {
  config: WardenConfig;
  log: ClusterLog;
  keyring: Keyring;
  clock: Clock;
  random: Random;
  /** Transport limits and deadlines; the defaults suit production, tests shorten them. */
  peerOptions: PeerOptions;
  /** Counters the live code feeds for /metrics (links, integrity runs). */
  meters: NodeMeters;
}
