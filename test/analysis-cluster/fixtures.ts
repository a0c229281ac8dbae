// Small rulesets for the hot-reload tests: a rule that fires on a marker word, and a broken file.
import * as fs from 'fs';
import * as path from 'path';

/** Wazuh's syslog template rule (0010-rules_config.xml): every plain rule hangs below it. */
export const BASE_RULES = '<group name="syslog,">\n  <rule id="1" level="0" noalert="1">\n    <category>syslog</category>\n    <description>Generic template for all syslog rules.</description>\n  </rule>\n</group>\n';

/** A rules file with one rule of level 5 per marker, ids from 100100 up. */
export function markerRules(markers: string[], firstId = 100100): string {
  const rules = markers.map((m, i) => `  <rule id="${firstId + i}" level="5">\n    <match>${m}</match>\n    <description>marker ${m}</description>\n  </rule>`);
  return `<group name="local,">\n${rules.join('\n')}\n</group>\n`;
}

/** Unclosed elements: Wazuh's analysisd refuses to start with this. */
export const BROKEN_RULES = '<group name="local,">\n  <rule id="100900" level="5">\n    <match>broken\n</group>\n';

export function writeRules(etc: string, file: string, text: string): void {
  fs.mkdirSync(path.join(etc, 'rules'), { recursive: true });
  fs.writeFileSync(path.join(etc, 'rules', file), text);
}
