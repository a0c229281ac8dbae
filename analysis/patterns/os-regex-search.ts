// The OS_Regex search in plain code, used when V8 cannot promise linear-time regex execution
// (see regexp-guard.ts). Leftmost start, lazy repetitions (a final one is greedy), complete
// backtracking; a failed (element, position) pair is never tried twice, so one search costs at
// most O(pattern elements x input length).
import { Alt } from './os-regex-syntax';

export interface RegexResult { end: number; captures: string[] }

const MAX_GROUPS = 64;
/** Entries of the failure memo (one per pattern element and input position) kept in a flat array. */
const MEMO_MAX = 1 << 22;

// One match runs at a time (JS is single-threaded and matching never re-enters), so the search
// state lives in module variables instead of a closure per call: no allocation per attempt.
let A: Alt;
let S = '';
let L = '';
let LEN = 0;
let matchEnd = -1;
const capStart = new Int32Array(MAX_GROUPS);
const capEnd = new Int32Array(MAX_GROUPS);
// Failed (element, position) pairs, stamped with the current search's generation so the array
// never needs clearing; bigger searches use a Set. Either way each pair is tried at most once.
let memo = new Uint32Array(1 << 12);
let gen = 0;
let bigMemo: Set<number> | null = null;

function failedBefore(key: number): boolean {
  return bigMemo ? bigMemo.has(key) : memo[key] === gen;
}
function markFailed(key: number): void {
  if (bigMemo) bigMemo.add(key); else memo[key] = gen;
}

// m(ti, pos): can tokens[ti..] match at pos? Recursion only moves to a later token, so the depth
// is bounded by the pattern length; loops over input positions are iterative.
function m(ti: number, pos: number): boolean {
  const toks = A.tokens;
  const n = toks.length;
  for (;;) {
    if (ti === n) {
      if (A.end && pos !== LEN) return false;
      matchEnd = pos;
      return true;
    }
    const t = toks[ti];
    if (t.t === 'lit') {
      if (pos < LEN && L.charCodeAt(pos) === t.c) { pos++; ti++; continue; }
      return false;
    }
    if (t.t === 'open' || t.t === 'close') {
      if (!m(ti + 1, pos)) return false;
      if (t.g < MAX_GROUPS) { if (t.t === 'open') capStart[t.g] = pos; else capEnd[t.g] = pos; }
      return true;
    }
    if (!t.q) {
      if (pos < LEN && t.test(S.charCodeAt(pos))) { pos++; ti++; continue; }
      return false;
    }
    if (t.q === '+') {
      if (!(pos < LEN && t.test(S.charCodeAt(pos)))) return false;
      pos++;
    }
    if (A.greedyTail[ti]) {
      while (pos < LEN && t.test(S.charCodeAt(pos))) pos++;
      ti++;
      continue;
    }
    // The loop's future from position p does not depend on where it was entered, so a position
    // whose future is known to fail ends the loop at once; on failure every visited position is
    // marked. Each (element, position) is thus walked once: O(elements x input) per search.
    const loopRow = (n + 1 + ti) * (LEN + 1);
    let p = pos;
    for (; ; p++) {
      if (failedBefore(loopRow + p)) break;
      const key = (ti + 1) * (LEN + 1) + p;
      const ll = A.lookLit[ti + 1];
      const lc = A.lookCls[ti + 1];
      const hopeless = ll >= 0 ? (p >= LEN || L.charCodeAt(p) !== ll) : lc !== null && (p >= LEN || !lc(S.charCodeAt(p)));
      if (!hopeless && !failedBefore(key)) {
        if (m(ti + 1, p)) return true;
        markFailed(key);
      }
      if (!(p < LEN && t.test(S.charCodeAt(p)))) break;
    }
    for (let q = pos; q <= p && q <= LEN; q++) markFailed(loopRow + q);
    return false;
  }
}

export function runAlt(alt: Alt, s: string, low: string, wantCaptures: boolean): RegexResult | null {
  // Literals every match contains: most patterns are ruled out here without a search.
  if (alt.begin && alt.prefix && !low.startsWith(alt.prefix)) return null;
  for (const lit of alt.required) if (!low.includes(lit)) return null;
  A = alt; S = s; L = low; LEN = s.length; matchEnd = -1;
  const size = 2 * (alt.tokens.length + 1) * (LEN + 1);
  bigMemo = null;
  if (size > MEMO_MAX) bigMemo = new Set<number>();
  else {
    if (memo.length < size) { let n = memo.length; while (n < size) n *= 2; memo = new Uint32Array(n); gen = 0; }
    gen = (gen + 1) >>> 0;
    if (gen === 0) { memo.fill(0); gen = 1; }
  }
  const groups = Math.min(alt.groups, MAX_GROUPS);
  capStart.fill(-1, 0, groups);
  capEnd.fill(-1, 0, groups);
  const toks = alt.tokens;
  const first = toks.length > 0 ? toks[0] : undefined;
  const lead1 = first && first.t === 'cls' && first.q ? first : undefined;
  const second = toks[1];
  const lead2 = lead1 && lead1.q === '*' && second && second.t === 'cls' && second.q ? second : undefined;
  const lastStart = alt.begin ? 0 : LEN;
  for (let start = 0; start <= lastStart; start++) {
    if (first && first.t === 'lit' && !alt.begin) {
      const k = low.indexOf(String.fromCharCode(first.c), start);
      if (k < 0) return null;
      start = k;
    }
    if (!m(0, start) && lead1) {
      // The pattern opens with a repeated class (C1+, C1* or C1* C2+): a later start that the
      // failed one could have absorbed into that repetition fails too, so it is skipped.
      let q = start + 1;
      while (q <= lastStart) {
        const prev = s.charCodeAt(q - 1);
        if (lead1.test(prev) || (lead2 && lead2.test(prev) && !lead1.test(s.charCodeAt(q)))) q++;
        else break;
      }
      start = q - 1;
      continue;
    }
    if (matchEnd >= 0) {
      const captures: string[] = [];
      if (wantCaptures) {
        for (let g = 0; g < alt.groups; g++) {
          const a = g < MAX_GROUPS ? capStart[g] : -1;
          const b = g < MAX_GROUPS ? capEnd[g] : -1;
          captures.push(a >= 0 && b >= a ? s.slice(a, b) : '');
        }
      }
      bigMemo = null;
      return { end: matchEnd, captures };
    }
  }
  bigMemo = null;
  return null;
}

