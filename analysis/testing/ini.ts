// The INI dialect of Wazuh's ruleset tests (Python's configparser with repeated keys merged):
// `[section]`, `key = value` (the first '=' or ':' splits), ';'/'#' comment lines, a key that
// repeats within a section becomes one value of several lines, keys are lower-cased.

interface IniSection { name: string; line: number; entries: Map<string, string[]> }

export function parseIni(text: string): IniSection[] {
  const sections: IniSection[] = [];
  let cur: IniSection | null = null;
  let lastKey: string | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith(';') || trimmed.startsWith('#')) { lastKey = null; continue; }
    const sec = /^\[(.*)\]\s*$/.exec(trimmed);
    if (sec) {
      cur = { name: sec[1], line: i + 1, entries: new Map() };
      sections.push(cur);
      lastKey = null;
      continue;
    }
    if (!cur) continue;
    if (/^\s/.test(raw) && lastKey) {
      // An indented line continues the previous value.
      cur.entries.get(lastKey)!.push(trimmed);
      continue;
    }
    const eq = raw.indexOf('=');
    const colon = raw.indexOf(':');
    const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (at < 0) continue;
    const key = raw.slice(0, at).trim().toLowerCase();
    const value = raw.slice(at + 1).trim();
    const list = cur.entries.get(key);
    if (list) list.push(value); else cur.entries.set(key, [value]);
    lastKey = key;
  }
  return sections;
}
