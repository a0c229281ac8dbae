// Wazuh's <check_diff/>: a rule that fires only when a command's output changed. As analysisd's
// doDiff(): the output kept is the event's log (the message after any syslog header) per source and
// rule; the first output seen is only kept, an unchanged one does not fire, a changed one fires and
// replaces it, and the alert carries the previous output. Outputs of 64 KiB or more never fire.
// The source is the agent (Wazuh: the agent's name), or the host for events from no agent.
// Pure and bounded: outputs live in memory (Wazuh keeps them in queue/diff/), the least recently
// seen go first past DIFF_MAX_CHARS in all.
import type { Event } from '../event';

/** Wazuh's OS_SIZE_65536: an event this long is not compared. */
export const DIFF_MAX_OUTPUT = 65536;
/** Characters of kept outputs, all sources and rules together. */
export const DIFF_MAX_CHARS = 16 * 1024 * 1024;

/** Last output per source and rule, least recently seen first. */
export interface DiffMemory { last: Map<string, string>; chars: number; maxChars: number }

export function emptyDiffMemory(maxChars = DIFF_MAX_CHARS): DiffMemory {
  return { last: new Map(), chars: 0, maxChars };
}

function sourceOf(ev: Event): string {
  return ev.agentName !== undefined ? `agent ${ev.agentId}` : `host ${ev.hostname}`;
}

/** True when the rule's output for this source differs from the last one kept; sets ev.previous then. */
export function outputChanged(mem: DiffMemory, ruleId: number, ev: Event): boolean {
  if (ev.log.length >= DIFF_MAX_OUTPUT) return false;
  const key = `${sourceOf(ev)} ${ruleId}`;
  const before = mem.last.get(key);
  keep(mem, key, ev.log);
  if (before === undefined || before === ev.log) return false;
  ev.previous = before;
  return true;
}

function keep(mem: DiffMemory, key: string, output: string): void {
  const old = mem.last.get(key);
  if (old !== undefined) {
    mem.last.delete(key);
    mem.chars -= old.length;
  }
  mem.last.set(key, output);
  mem.chars += output.length;
  for (const [k, v] of mem.last) {
    if (mem.chars <= mem.maxChars || k === key) break;
    mem.last.delete(k);
    mem.chars -= v.length;
  }
}
