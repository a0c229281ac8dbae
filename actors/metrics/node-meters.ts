// The counters a node's live code feeds for /metrics, owned by the node and passed down through its
// context (never module globals: in-process tests run several nodes side by side).
import { IntegrityMeter } from './integrity-meter';
import { LinkMeter } from './link-meter';

export interface NodeMeters {
  links: LinkMeter;
  integrity: IntegrityMeter;
}

export function newNodeMeters(): NodeMeters {
  return { links: new LinkMeter(), integrity: new IntegrityMeter() };
}
