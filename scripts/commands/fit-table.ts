// fit-table.ts: pure; a plain table (cli-table3, no colours, no lines between rows) that fits a width:
// first each column's short form, then the least needed columns dropped, then the widest cut with '…'.
import Table from 'cli-table3';

export interface Column {
  head: string;
  /** Dropped when the table is too wide, the lowest first; absent: always kept. */
  drop?: number;
  /** A shorter cell (e.g. a time of day for a full timestamp), tried before any column is dropped. */
  short?: (cell: string) => string;
  shortHead?: string;
  /** Never cut below this many characters (default 6). */
  min?: number;
}

const DEFAULT_MIN = 6;
const ELLIPSIS = '…';

/** A plain table: no colours (output is often piped), no lines between rows. */
export function plainTable(head: string[]): Table.Table {
  return new Table({
    head, style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

/** Characters a table of these column widths takes: "│ a │ b │". */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((n, w) => n + w + 3, 1);
}

/** `width` null: no limit (output that is not a terminal). */
export function fitTable(columns: readonly Column[], rows: readonly string[][], width: number | null): string {
  let cols = columns.map((c, i) => ({ ...c, i }));
  let cells = rows.map((r) => columns.map((_, i) => r[i] ?? ''));
  let heads = columns.map((c) => c.head);
  const fits = (): boolean => width === null || tableWidth(cols.map((c) => naturalWidth(heads[c.i], cells, c.i))) <= width;

  if (!fits()) {
    cells = cells.map((r) => r.map((cell, i) => columns[i].short ? columns[i].short!(cell) : cell));
    heads = columns.map((c) => c.shortHead ?? c.head);
  }
  const droppable = cols.filter((c) => c.drop !== undefined).sort((a, b) => a.drop! - b.drop!);
  while (!fits() && droppable.length) {
    const gone = droppable.shift()!;
    cols = cols.filter((c) => c !== gone);
  }
  const widths = new Map(cols.map((c) => [c.i, naturalWidth(heads[c.i], cells, c.i)]));
  if (width !== null) {
    // Cut the widest column that can still give, a little at a time, until it fits or none can.
    let excess = tableWidth([...widths.values()]) - width;
    while (excess > 0) {
      const candidates = cols.filter((c) => widths.get(c.i)! > (c.min ?? DEFAULT_MIN));
      if (!candidates.length) break;
      const widest = candidates.reduce((a, b) => (widths.get(b.i)! > widths.get(a.i)! ? b : a));
      const w = widths.get(widest.i)!;
      const cut = Math.min(excess, w - (widest.min ?? DEFAULT_MIN), Math.max(1, Math.ceil(w / 4)));
      widths.set(widest.i, w - cut);
      excess -= cut;
    }
  }
  const t = plainTable(cols.map((c) => cutLines(heads[c.i], widths.get(c.i)!)));
  for (const r of cells) t.push(cols.map((c) => cutLines(r[c.i], widths.get(c.i)!)));
  return t.toString();
}

function naturalWidth(head: string, cells: readonly string[][], i: number): number {
  let w = longestLine(head);
  for (const r of cells) w = Math.max(w, longestLine(r[i]));
  return w;
}

function longestLine(s: string): number {
  let w = 0;
  for (const line of s.split('\n')) w = Math.max(w, line.length);
  return w;
}

/** Each line of a cell at most `w` characters, the cut marked with '…'. */
export function cutLines(s: string, w: number): string {
  return s.split('\n').map((l) => (l.length <= w ? l : `${l.slice(0, Math.max(0, w - 1))}${ELLIPSIS}`)).join('\n');
}

/** The width tables should fit: the terminal's, else $COLUMNS, else `fallback` (null: no limit). */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, fallback: number | null): number | null {
  if (stream.isTTY && stream.columns) return stream.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 20 ? env : fallback;
}
