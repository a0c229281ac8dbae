// wire-tap.ts: a process-wide observer of the envelopes Peers send and the replies their requests get,
// for the shell's `trace`. Unset unless a trace runs: a Peer checks one variable and does nothing else.

/** `bytes` is a thunk: the size of a reply is only computed when someone traces the actor that asked. */
export type WireTap = (dir: 'in' | 'out', kind: string, bytes: () => number) => void;

let current: WireTap | undefined;

export function setWireTap(tap: WireTap | undefined): void {
  current = tap;
}

export function wireTap(): WireTap | undefined {
  return current;
}
