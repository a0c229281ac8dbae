// The software version (from package.json) and the cluster protocol version spoken on the wire.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { version: string };

export const WARDEN_VERSION: string = pkg.version;
/** Bumped on any wire change that an older node cannot understand; a master refuses other versions. */
export const CLUSTER_PROTOCOL_VERSION = 1;
