// Group names in an enrollment request: authd's two passes, with their exact ERROR texts.
// Pass 1 (while parsing, w_validate_group_name) looks at the whole `G:` string; pass 2
// (w_auth_validate_groups) looks at each group: count, characters, and that the group exists.

const MAX_GROUP_NAME = 255;
const MAX_GROUPS_PER_AGENT = 128;
const MAX_MULTIGROUP = 65535;
const VALID_CHARS = /^[A-Za-z0-9.:;_\-=+!@(),]*$/;
const GROUP_RE = /^[a-zA-Z0-9_.-]+$/;
const PROHIBITED = "characters '\\/:*?\"<>|,' are prohibited";

function clip(text: string): string {
  return text.slice(0, 255);
}

/** Pass 1: null when the string is acceptable, else the ERROR text. */
export function validateGroupString(groups: string): string | null {
  const bad = (why: string, what = groups): string => `ERROR: Invalid group name: ${clip(what)}... ${why}`;
  if (groups.length === 0) return 'ERROR: Invalid group name: Empty Group';
  const multi = groups.includes(',');
  if (!multi && groups.length > MAX_GROUP_NAME) return bad('group is too large');
  if (multi && groups.length > MAX_MULTIGROUP) return bad('multigroup is too large');
  if (multi) {
    for (const g of groups.split(',').filter((x) => x !== '')) {
      if (g.includes(' ')) return bad('white spaces are not allowed');
      if (g.length > MAX_GROUP_NAME) return bad('group is too large', g);
    }
    if (groups.includes(',,')) return bad("consecutive ',' are not allowed");
  }
  if (/^,*$/.test(groups)) return bad(PROHIBITED);
  if (groups.startsWith(',') || groups.endsWith(',')) return bad("cannot start or end with ','");
  if (!VALID_CHARS.test(groups) || (!multi && groups.includes(','))) return bad(PROHIBITED);
  return null;
}

/** The groups in order with repeats removed (wstr_delete_repeated_groups). */
export function uniqueGroups(groups: string): string[] {
  const out: string[] = [];
  for (const g of groups.split(',')) if (g !== '' && !out.includes(g)) out.push(g);
  return out;
}

/** Pass 2: null when every group is acceptable, else the ERROR text for the first one that is not. */
export function checkGroupList(groups: string[], groupExists: (group: string) => boolean): string | null {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (i + 1 > MAX_GROUPS_PER_AGENT) return `ERROR: Maximum multigroup reached: Limit is ${MAX_GROUPS_PER_AGENT}`;
    if (!GROUP_RE.test(g) || g === '.' || g === '..') return `ERROR: Invalid group name: ${g}`;
    if (!groupExists(g)) return `ERROR: Invalid group: ${g}`;
  }
  return null;
}
