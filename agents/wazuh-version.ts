// Wazuh version strings (`v4.14.7`, `Wazuh v4.14.7`, `4.14`), compared the way Wazuh compares them:
// the text after the first `v` (of the first 9 characters), split on dots, each part read like atoi.

interface WazuhVersion {
  major: number;
  minor: number;
  patch: number;
}

function atoi(text: string | undefined): number {
  const m = /^\s*([+-]?\d+)/.exec(text ?? '');
  return m ? Number.parseInt(m[1]!, 10) : 0;
}

function parseWazuhVersion(text: string): WazuhVersion {
  let s = text.slice(0, 9);
  const v = s.indexOf('v');
  if (v >= 0) s = s.slice(v + 1);
  const parts = s.split('.').filter((p) => p !== '');
  return { major: atoi(parts[0]), minor: atoi(parts[1]), patch: atoi(parts[2]) };
}

/** 1 when a > b, -1 when a < b, 0 when equal; the patch level counts only when asked. */
function compareWazuhVersions(a: string, b: string, comparePatch: boolean): -1 | 0 | 1 {
  const x = parseWazuhVersion(a);
  const y = parseWazuhVersion(b);
  const pairs: Array<[number, number]> = [[x.major, y.major], [x.minor, y.minor]];
  if (comparePatch) pairs.push([x.patch, y.patch]);
  for (const [p, q] of pairs) {
    if (p !== q) return p > q ? 1 : -1;
  }
  return 0;
}

/** Whether an agent of `agentVersion` may talk to a manager of `managerVersion` (major.minor not above). */
export function agentVersionAllowed(managerVersion: string, agentVersion: string): boolean {
  return compareWazuhVersions(managerVersion, agentVersion, false) >= 0;
}
