// demo-status.ts: what the demo prints as it runs. Pure: the words for the simulated agents, and how a
// status frame is drawn: redrawn in place on a terminal (cursor up over the last frame, clear below),
// printed one after another elsewhere (a log, a pipe), with notes ("!! worker-1 exited") kept in view.

interface SimFigures {
  connected: number;
  eventsSent: number;
  pushesApplied: number;
  /** agent-sim's count of links given up on a worker for the next one, at startup too. */
  failovers: number;
}

/**
 * "simulated agents: 50/50 connected, 1200 events sent, 50 config pushes, 0 moved to another worker".
 * `failoversWhenUp` is the sim's failover count when the whole fleet was first connected (null before):
 * at startup an agent that its worker does not know yet (its key is still on the way from the master)
 * tries the next worker, which is no failure; only moves after that are counted as moves.
 */
export function simStatusText(s: SimFigures, count: number, failoversWhenUp: number | null): string {
  const head = `simulated agents: ${s.connected}/${count} connected, ${s.eventsSent} events sent, ${s.pushesApplied} config pushes`;
  if (failoversWhenUp === null) return `${head}, starting up`;
  const moved = s.failovers - failoversWhenUp;
  return `${head}, ${moved} moved to another worker since all were up`;
}

/** The failover count to remember as "all up": the first time the whole fleet is connected. */
export function failoversWhenUp(previous: number | null, s: SimFigures, count: number): number | null {
  if (previous !== null) return previous;
  return s.connected >= count ? s.failovers : null;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Terminal rows `text` takes at `columns` wide (long lines wrap); each line at least one. */
export function rowsOf(text: string, columns: number): number {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return lines.reduce((n, l) => n + Math.max(1, Math.ceil([...l.replace(ANSI, '')].length / Math.max(1, columns))), 0);
}

/** The demo's screen: say what a frame or a note writes. */
export class StatusScreen {
  /** Rows of the frame now on screen, to move up over; 0 when there is none to replace. */
  private rows = 0;

  constructor(private readonly tty: boolean, private readonly columns: () => number = () => 80) {}

  /** A new status frame (ends in a newline): replaces the last frame on a terminal, follows it elsewhere. */
  frame(text: string): string {
    const body = text.endsWith('\n') ? text : `${text}\n`;
    if (!this.tty) return `\n${body}`;
    // The first frame after a note (or at start) leaves a blank line above it, which later frames keep.
    const up = this.rows > 0 ? `\u001b[${this.rows}A\r\u001b[0J` : '\n';
    this.rows = rowsOf(body, this.columns());
    return `${up}${body}`;
  }

  /** A line that stays: written below the frame, and the next frame is drawn below it. */
  note(text: string): string {
    this.rows = 0;
    return text.endsWith('\n') ? text : `${text}\n`;
  }
}
