// topology-ports.ts: pure; no two listening ports of a topology may meet on one address.
import type { Problems } from './section';

export interface ListeningPort {
  /** The topology key the port came from, for the problem line. */
  key: string;
  address: string;
  port: number;
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** Two addresses share their ports when they are the same, or either listens on every interface. */
export function addressesMeet(a: string, b: string): boolean {
  return a === b || WILDCARDS.has(a) || WILDCARDS.has(b);
}

/** One problem per port that an earlier one already takes (bad ports, NaN, were reported already). */
export function checkPortClashes(problems: Problems, ports: readonly ListeningPort[]): void {
  for (let j = 0; j < ports.length; j++) {
    const b = ports[j];
    if (Number.isNaN(b.port)) continue;
    const a = ports.slice(0, j).find((p) => p.port === b.port && addressesMeet(p.address, b.address));
    if (!a) continue;
    const where = a.address === b.address ? `on ${a.address}` : `(${a.address} and ${b.address} meet)`;
    problems.add(b.key, `${b.port} is also ${a.key} ${where}; every port of every node must differ on one address`);
  }
}
