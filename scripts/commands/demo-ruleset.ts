// demo-ruleset.ts: the small ruleset `npm start` seeds on the demo master (Warden's own examples, not
// Wazuh's ruleset), so the workers have something to sync. Files already there are left alone.
import * as fs from 'node:fs';
import * as path from 'node:path';

const DEMO_RULESET: Readonly<Record<string, string>> = {
  'etc/rules/local_rules.xml': [
    '<!-- Local rules of the Warden demo: edit this file on the master and watch the workers follow. -->',
    '<group name="local,syslog,sshd,">',
    '  <rule id="100001" level="5">',
    '    <if_sid>5716</if_sid>',
    '    <srcip>1.1.1.1</srcip>',
    '    <description>sshd: authentication failed from a demo address.</description>',
    '  </rule>',
    '</group>',
    '',
  ].join('\n'),
  'etc/decoders/local_decoder.xml': [
    '<!-- Local decoders of the Warden demo. -->',
    '<decoder name="demo-app">',
    '  <program_name>^demo-app</program_name>',
    '</decoder>',
    '',
    '<decoder name="demo-app-user">',
    '  <parent>demo-app</parent>',
    '  <regex>user (\\S+) from (\\S+)</regex>',
    '  <order>user, srcip</order>',
    '</decoder>',
    '',
  ].join('\n'),
  'etc/lists/demo-blocked-ips': '10.66.0.1:blocked\n10.66.0.2:blocked\n',
};

/** Writes the demo ruleset under the master's data_dir; returns the files it created. */
export function seedDemoRuleset(dataDir: string): string[] {
  const made: string[] = [];
  for (const [rel, content] of Object.entries(DEMO_RULESET)) {
    const abs = path.join(dataDir, ...rel.split('/'));
    if (fs.existsSync(abs)) continue;
    fs.mkdirSync(path.dirname(abs), { recursive: true, mode: 0o750 });
    fs.writeFileSync(abs, content, { mode: 0o640 });
    made.push(rel);
  }
  return made;
}
