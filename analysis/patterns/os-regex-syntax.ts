// OS_Regex building blocks shared by the compiler and the matchers: tokens, alternatives and the
// character classes (\d \w \s \t \p \D \W \S \.) with Wazuh's exact membership.

type ClassTest = (c: number) => boolean;
export type Token =
  | { t: 'lit'; c: number }
  | { t: 'cls'; test: ClassTest; q: '' | '+' | '*'; k: string }
  | { t: 'open'; g: number }
  | { t: 'close'; g: number };

export interface Alt {
  tokens: Token[];
  begin: boolean;
  end: boolean;
  groups: number;
  greedyTail: boolean[];
  required: string[];
  prefix: string;
  /** What the first character must be for tokens[i..] to match (-1 / null: no quick check). */
  lookLit: Int32Array;
  lookCls: Array<ClassTest | null>;
  /** The same alternative as a JS RegExp (lazy quantifiers, explicit case folding). */
  js: RegExp;
}

// Class membership as 128-entry tables (hot path: a Set or a chain of comparisons is slower);
// characters beyond ASCII belong to the negated classes and to \. only.
function table(pred: (c: number) => boolean): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = pred(c) ? 1 : 0;
  return t;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 64;
const PUNCT = new Set(Array.from('()*+,-.:;<=>?[]!"\'#$%&|{}').map((x) => x.charCodeAt(0)));
const D = table(isDigit);
const W = table(isWordChar);
const P = table((c) => PUNCT.has(c));

export const CLASSES: Record<string, ClassTest> = {
  d: (c) => c < 128 && D[c] === 1,
  w: (c) => c < 128 && W[c] === 1,
  s: (c) => c === 32,
  t: (c) => c === 9,
  p: (c) => c < 128 && P[c] === 1,
  D: (c) => c >= 128 || D[c] === 0,
  W: (c) => c >= 128 || W[c] === 0,
  S: (c) => c !== 32,
  '.': () => true,
};

/** The same classes as JS RegExp character sets. */
export const CLASS_SETS: Record<string, string> = {
  d: '[0-9]', w: '[0-9A-Za-z_@\\-]', s: ' ', t: '\\t', p: '[()*+,\\-.:;<=>?\\[\\]!"\'#$%&|{}]',
  D: '[^0-9]', W: '[^0-9A-Za-z_@\\-]', S: '[^ ]', '.': '[\\s\\S]',
};

export function lookahead(tokens: Token[]): { lookLit: Int32Array; lookCls: Array<ClassTest | null> } {
  const lookLit = new Int32Array(tokens.length + 1).fill(-1);
  const lookCls: Array<ClassTest | null> = new Array<ClassTest | null>(tokens.length + 1).fill(null);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.t === 'open' || t.t === 'close') { lookLit[i] = lookLit[i + 1]; lookCls[i] = lookCls[i + 1]; }
    else if (t.t === 'lit') lookLit[i] = t.c;
    else if (t.q !== '*') lookCls[i] = t.test;
  }
  return { lookLit, lookCls };
}

