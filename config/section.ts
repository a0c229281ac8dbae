// section.ts: pure; reads the keys of one YAML mapping through checks, collecting every problem.
import { type Check, describe } from './checks';

/** Marks a key with no default: leaving it out is a problem. */
export const REQUIRED = Symbol('required');

/** The growing list of problems of one validation run. */
export class Problems {
  readonly list: string[] = [];
  add(path: string, what: string): void {
    this.list.push(`${path}: ${what}`);
  }
}

export class Section {
  private constructor(
    private readonly problems: Problems,
    private readonly prefix: string,
    private readonly obj: Readonly<Record<string, unknown>>,
  ) {}

  /**
   * Opens the mapping at `path` (absent or null reads as empty); unknown keys become problems.
   * Returns undefined, after one problem, when the value is not a mapping.
   */
  static open(problems: Problems, path: string, raw: unknown, known: readonly string[]): Section | undefined {
    if (raw === undefined || raw === null) return new Section(problems, path, {});
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      problems.add(path || '(top level)', `is ${describe(raw)}, expected a mapping of ${known.join(', ')}`);
      return undefined;
    }
    const obj = raw as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const close = closestKey(key, known);
      problems.add(
        join(path, key),
        close ? `unknown key; did you mean "${close}"?` : `unknown key (expected one of ${known.join(', ')})`,
      );
    }
    return new Section(problems, path, obj);
  }

  path(key: string): string {
    return join(this.prefix, key);
  }

  /** The raw value, with YAML's null read as absent. */
  raw(key: string): unknown {
    const v = Object.prototype.hasOwnProperty.call(this.obj, key) ? this.obj[key] : undefined;
    return v === null ? undefined : v;
  }

  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  /**
   * Reads one value: a missing key gives `fallback` (or a problem when REQUIRED); a bad value gives a
   * problem and `onBad` (default: the fallback), a stand-in that only keeps the types whole.
   */
  get<T>(key: string, check: Check<T>, fallback: T | typeof REQUIRED, onBad?: T): T {
    const stand = (onBad !== undefined || fallback === REQUIRED ? onBad : fallback) as T;
    const v = this.raw(key);
    if (v === undefined) {
      if (fallback !== REQUIRED) return fallback;
      this.problems.add(this.path(key), `missing (expected ${check.expected})`);
      return stand;
    }
    const r = check.parse(v);
    if (r.ok) return r.value;
    this.problems.add(this.path(key), r.what);
    return stand;
  }

  /** Reads a list whose items each pass `check`; problems name the item, as in `nodes[1]`. */
  list<T>(key: string, check: Check<T>, fallback: readonly T[]): T[] {
    const v = this.raw(key);
    if (v === undefined) return [...fallback];
    if (!Array.isArray(v)) {
      this.problems.add(this.path(key), `is ${describe(v)}, expected a list, each item ${check.expected}`);
      return [...fallback];
    }
    const out: T[] = [];
    v.forEach((item, i) => {
      const r = check.parse(item);
      if (r.ok) out.push(r.value);
      else this.problems.add(`${this.path(key)}[${i}]`, r.what);
    });
    return out;
  }
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** The known key a typo most likely meant: same letters ignoring case and separators, or 1-2 edits away. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');
  const same = known.find((k) => norm(k) === norm(key));
  if (same) return same;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  const allowed = Math.min(2, Math.floor(key.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
