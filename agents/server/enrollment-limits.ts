// The enrollment port's budgets (authd, TCP 1515), in one place with the reason for each. The port
// faces networks no one controls: every connection, byte, request and log line a stranger can cause
// is bounded here, and a flood is answered by evicting its own oldest connections, never by refusing
// a newcomer (a real agent proves itself within milliseconds; a flood's connections never do).

export const ENROLLMENT_LIMITS = {
  /** From accept to the request's newline, TLS handshake included: agent-auth sends at once; 10 s covers slow links. */
  requestTimeoutMs: 10_000,
  /** How long the decision may take (a worker waits up to 8 s for its master link, FORWARD_DEADLINE_MS). */
  replyTimeoutMs: 30_000,
  /** Request line bytes held per connection: a real request is under 300 bytes; groups make it longer. */
  maxLineBytes: 8192,
  /**
   * Connections without a complete request held per source address: a site behind one NAT address may
   * start many agents at once, and agent-sim enrolls 8 to 16 at a time; past it, that address's oldest goes.
   */
  maxPendingPerAddress: 16,
  /** Connections without a complete request held in all (some 20 KB each): past it, the busiest address's oldest goes. */
  maxPendingTotal: 256,
  /** After the reply, the client has this long to read it and close before the socket is destroyed. */
  closeGraceMs: 5_000,
  /** Answered connections waiting out their grace, per address: the answer is out, the oldest can go early. */
  maxLingeringPerAddress: 8,
  /** Answered connections waiting out their grace, in all. */
  maxLingeringTotal: 128,
  /**
   * Sockets open at once, whatever their phase; past it a connection is closed at accept. A backstop on
   * file descriptors only: the pools above and the rate limit keep the count far below in any flood.
   */
  maxConnections: 1024,
  /** One warning per source address per interval, the repeats counted in one line when it ends. */
  logIntervalMs: 60_000,
} as const;

export type EnrollmentLimits = { -readonly [K in keyof typeof ENROLLMENT_LIMITS]: number };

/** A token bucket: `burst` at once, then `perSecond`. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const ENROLLMENT_RATES = {
  /**
   * Requests per source address (every complete request counts, a wrong password too): bounds password
   * guessing and one source's share; a burst of 100 covers a site behind one NAT address starting at once.
   */
  perAddress: { perSecond: 50, burst: 100 },
  /**
   * Registrations per node (keys issued through its port): bounds how fast a stranger can grow the
   * registry (a row on the master, a key on every worker) through an open or leaked port; 50,000 agents
   * still enroll through one node in about 8 minutes, faster spread over several.
   */
  perNode: { perSecond: 100, burst: 200 },
  /** Addresses followed one by one; past it (a flood from many addresses) newcomers share one bucket. */
  maxAddresses: 4096,
} as const;
