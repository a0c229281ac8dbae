// Names of simulated agents and the address text stats are keyed by. Pure.
import { NodeAddress } from '../../config/address';

/** `sim-001`, ..., `sim-999`, `sim-1000`: padded to at least 3 digits like Wazuh's ids. */
export function simAgentName(prefix: string, index: number, count: number): string {
  const width = Math.max(3, String(count).length);
  return `${prefix}-${String(index + 1).padStart(width, '0')}`;
}

export function addressText(a: NodeAddress): string {
  return a.host.includes(':') ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}
