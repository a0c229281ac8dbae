// The software version (from package.json) and the cluster protocol version spoken on the wire.
// tsc copies the imported package.json into dist/, so this resolves from the sources and from dist alike.
import pkg from '../../package.json';

export const WARDEN_VERSION: string = pkg.version;
/** Bumped on any wire change that an older node cannot understand; a master refuses other versions. */
// 2: the sync gate (KeepAlive.sync_state, RegistryStateRequest's master point), WorkerLeaving, MoveAgents.
export const CLUSTER_PROTOCOL_VERSION = 2;
