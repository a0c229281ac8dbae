// What every node's actors share: config, log, clock, keyring.
import { WardenConfig } from '../../config/schema';
import { ClusterLog } from '../../log/cluster-log';
import { Keyring } from '../../protocol/keyring';
import { ControlRequest } from '../control/control-protocol';
import { PeerOptions } from '../../protocol/peer-options';

export type ControlRequestHandler = (req: ControlRequest) => Promise<unknown>;

export interface NodeContext {
  config: WardenConfig;
  log: ClusterLog;
  keyring: Keyring;
  now: () => number;
  random: () => number;
  /** Transport limits and deadlines; the defaults suit production, tests shorten them. */
  peerOptions: PeerOptions;
}
