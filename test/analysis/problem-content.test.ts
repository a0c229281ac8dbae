// A problem names the file, the line and what is wrong, never the file's content: problem lines land in
// cluster.log and in `control ruleset`, which others read, and a file read by mistake (a key, a shadow
// file) must not be copied there. Each file below holds a secret-looking string where a value goes.
import * as path from 'node:path';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { removeDir, tempDir, writeTree } from '../integrity/helpers';

const SECRET = 'AKIAWARDEN7731SECRETxyz';
const rule = (id: number, inner = '<match>x</match>') =>
  `<group name="local,">\n  <rule id="${id}" level="3">\n    ${inner}\n    <description>rule ${id}</description>\n  </rule>\n</group>\n`;

const RULES: Record<string, string> = {
  text: `${rule(100010)}${SECRET} left outside any element\n`,
  start: `< ${SECRET}>\n`,
  level: rule(100011).replace('level="3"', `level="${SECRET}"`),
  id: rule(100012).replace('id="100012"', `id="${SECRET}"`),
  pcre: rule(100013, `<regex type="pcre2">(${SECRET}</regex>`),
  decoded: rule(100014, `<decoded_as>${SECRET}</decoded_as>`),
  options: rule(100015, `<match>x</match><options>${SECRET}</options>`),
  list: rule(100016, `<list field="user" lookup="match_key">etc/lists/${SECRET}</list>`),
  time: rule(100017, `<match>x</match><time>${SECRET}</time>`),
  srcip: rule(100018, `<srcip>${SECRET}</srcip>`),
  negate: rule(100019, `<match negate="${SECRET}">x</match>`),
  ifgroup: rule(100020, `<if_group>${SECRET}</if_group>`),
  ignore: rule(100021, `<match>x</match><ignore>${SECRET}, , id</ignore>`),
  ignoreTime: rule(100022).replace('level="3"', 'level="3" ignore="7731000000"'),
};
const DECODERS: Record<string, string> = {
  named: `<decoder name="${SECRET}">\n  <prematch type="pcre2">(${SECRET}</prematch>\n</decoder>\n`,
  parent: `<decoder name="child">\n  <parent>${SECRET}</parent>\n  <prematch>x</prematch>\n</decoder>\n`,
  type: `<decoder name="typed">\n  <prematch>x</prematch>\n  <type>${SECRET}</type>\n</decoder>\n`,
  offset: `<decoder name="off">\n  <prematch offset="${SECRET}">x</prematch>\n</decoder>\n`,
};

let dir: string;
beforeAll(() => {
  dir = tempDir('warden-problems-');
  writeTree(dir, {
    ...Object.fromEntries(Object.entries(RULES).map(([f, t]) => [`rules/${f}.xml`, t])),
    ...Object.fromEntries(Object.entries(DECODERS).map(([f, t]) => [`decoders/${f}.xml`, t])),
  });
});
afterAll(() => removeDir(dir));

test('every bad file is reported, by name and line, and no problem quotes its content', () => {
  const problems = loadRuleset([dir]).problems;
  const lines = problems.map(formatProblem);
  for (const [sub, files] of [['rules', RULES], ['decoders', DECODERS]] as const) {
    for (const f of Object.keys(files)) {
      const file = path.join(dir, sub, `${f}.xml`);
      expect([file, problems.some((p) => p.file === file && p.line !== undefined)]).toEqual([file, true]);
    }
  }
  for (const l of lines) expect(l).not.toContain(SECRET.slice(0, 10));
});
