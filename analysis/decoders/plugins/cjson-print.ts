// JSON printed the way cJSON_Print does (what Wazuh stores for a JSON array field): objects one
// member a line, tab-indented, "key":<TAB>value; arrays inline with ", " between items.

export function cjsonPrint(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return printNumber(v);
  if (typeof v === 'string') return printString(v);
  if (Array.isArray(v)) return `[${v.map((x) => cjsonPrint(x, depth + 1)).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>);
  if (!entries.length) return '{\n' + '\t'.repeat(depth) + '}';
  const inner = '\t'.repeat(depth + 1);
  const body = entries.map(([k, x]) => `${inner}${printString(k)}:\t${cjsonPrint(x, depth + 1)}`).join(',\n');
  return `{\n${body}\n${'\t'.repeat(depth)}}`;
}

function printNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n) && Math.abs(n) <= 2147483647) return String(n);
  const p15 = Number(n.toPrecision(15));
  return String(p15 === n ? p15 : n);
}

function printString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}
