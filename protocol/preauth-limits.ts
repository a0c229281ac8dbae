// What a connection to the cluster port may use before it has proven a cluster key: the port faces networks
// nobody controls, so until a session is proven it holds little and not for long. The handshake deadline
// (PeerOptions.handshakeTimeoutMs, 5 s) bounds everything here in time; it is shorter than the half-frame
// deadline of an established session (10 s), so it is also the half-frame deadline before the proof.

/**
 * Largest frame before the session is proven, header included. Setup messages are a few dozen bytes (the
 * largest, an offer, is MAX_OFFERED_KEYS tags of 32 bytes); 4 KiB leaves room and caps what one unproven
 * connection can make the master hold, where the session's own limit is 4 MiB.
 */
export const SETUP_MAX_FRAME_SIZE = 4 * 1024;

/** Keys one offer may name: a keyring is a key and the previous keys of a rotation or two. */
export const MAX_OFFERED_KEYS = 8;

/**
 * Unproven connections held per source address, in each of the two stages (no valid init yet; challenged):
 * Wazuh's per-IP cap. Past it the oldest one of that address and stage is closed for the newcomer, so a
 * flood from a worker's own host cannot lock the worker out.
 */
export const PREAUTH_MAX_PER_ADDRESS = 10;

/**
 * Unproven connections held in all, in each stage: at most 2 x 256 x 4 KiB of setup frames (2 MiB) and 512
 * sockets. Past it the oldest one of the busiest address is closed. A real worker proves its key within two
 * round trips, long before 256 newer connections push it out.
 */
export const PREAUTH_MAX_TOTAL = 256;

/**
 * Failed key proofs an address may make: a bucket of 10 that refills one every 2 s. Past it the address's
 * offers are refused unchecked ('rate_limited') until the bucket refills, so nobody tests keys online faster
 * than this from one address. Only failures count: a worker holding the key never spends any.
 */
export const PROOF_FAILURE_BUDGET = { burst: 10, refillEveryMs: 2_000 } as const;

/** Addresses whose failures are remembered; past this the longest-quiet ones are forgotten first. */
export const PROOF_BUDGET_MAX_ADDRESSES = 10_000;
