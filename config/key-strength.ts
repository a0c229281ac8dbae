// key-strength.ts: pure; refuses cluster keys that are obviously weak. The key derives every session key and
// a weak one falls to an offline dictionary: a "key" of one repeated letter is accepted by a length check.
// The rules only catch what no random key does; a `warden keygen` key (32 draws from 62 characters, about
// 25 distinct) fails one with a probability below 1e-12, and keygen draws again when it does.

/** Fewer distinct characters than this is a pattern, not a random key (32 random draws give about 25). */
export const MIN_DISTINCT_CHARS = 8;
/** A key equal to itself shifted by at most this many characters is one short block repeated. */
export const MAX_REPEATED_BLOCK = 16;
/** Characters covered by runs like "abcd" or "9876" (3+ characters, each one step from the last). */
export const MAX_SEQUENCE_SHARE = 0.5;
const MIN_RUN = 3;

/** Why `key` is obviously weak, in words that never quote it; null when it passes. */
export function weakKeyReason(key: string): string | null {
  const distinct = new Set(key).size;
  if (distinct === 1) return 'is one character repeated';
  if (distinct < MIN_DISTINCT_CHARS) {
    return `has only ${distinct} distinct characters (at least ${MIN_DISTINCT_CHARS} expected; a random key has about 25)`;
  }
  const block = repeatedBlock(key);
  if (block !== null) return `repeats a block of ${block} characters`;
  const inRuns = sequenceCoverage(key);
  if (inRuns > key.length * MAX_SEQUENCE_SHARE) {
    return `is mostly a simple sequence (${inRuns} of its ${key.length} characters are in runs like "abcd" or "9876")`;
  }
  return null;
}

/** The shortest period p <= MAX_REPEATED_BLOCK with key[i] === key[i + p] everywhere, or null. */
function repeatedBlock(key: string): number | null {
  for (let p = 1; p <= Math.min(MAX_REPEATED_BLOCK, key.length - 1); p++) {
    let periodic = true;
    for (let i = 0; i + p < key.length && periodic; i++) periodic = key[i] === key[i + p];
    if (periodic) return p;
  }
  return null;
}

/** Characters inside runs of MIN_RUN or more whose codes rise (or fall) by exactly one each step. */
function sequenceCoverage(key: string): number {
  const inRun = new Array<boolean>(key.length).fill(false);
  let runStart = 0;
  let step = 0;
  const close = (end: number) => {
    if (end - runStart >= MIN_RUN) inRun.fill(true, runStart, end);
  };
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i) - key.charCodeAt(i - 1);
    const unit = d === 1 || d === -1;
    if (unit && (d === step || i - runStart === 1)) {
      step = d;
      continue;
    }
    close(i);
    // The pair (i-1, i) starts the next run when it is itself one step apart ("abcba": "abc", then "cba").
    runStart = unit ? i - 1 : i;
    step = unit ? d : 0;
  }
  close(key.length);
  return inRun.filter(Boolean).length;
}
