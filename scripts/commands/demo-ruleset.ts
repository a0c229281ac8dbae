// demo-ruleset.ts: the local rules `npm start` seeds on the demo master (Warden's own examples, not
// Wazuh's ruleset), so the workers have something to sync. They load after the built-in ruleset and
// build on it. Files already there are left alone, unless they still hold an earlier demo's seed.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SIM_ATTACKERS } from '../../agents/sim/sim-content';

const DEMO_RULESET: Readonly<Record<string, string>> = {
  'etc/rules/local_rules.xml': [
    '<!-- Local rules of the Warden demo: edit this file on the master and watch the workers follow.',
    '     They load after the built-in ruleset (ids 200000-209999) and can hang under its rules. -->',
    '<group name="local,syslog,sshd,">',
    '  <rule id="100001" level="12">',
    '    <if_sid>200220</if_sid>',
    '    <list field="srcip" lookup="address_match_key">etc/lists/demo-blocked-ips</list>',
    '    <description>sshd: brute force from $(srcip), an address on the demo block list.</description>',
    '    <group>authentication_failures,</group>',
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
  // One of the simulated agents' attackers: its brute forces raise rule 100001 instead of 200220.
  'etc/lists/demo-blocked-ips': `${SIM_ATTACKERS[0]}:demo block list\n`,
};

/** SHA-256 of files earlier demos seeded (the first seed's rule needed Wazuh's rule 5716): replaced. */
const EARLIER_SEEDS = new Set([
  'e9d5f18189b7496987edf7b7d2e6fd808bb4d8631255ee3e3853fa482527b86f',
  '256eb482cf995115fbc7d0d6594669e3511bc15a0f2585f116fdb9a3c0eb7e49',
]);

function holdsEarlierSeed(file: string): boolean {
  return EARLIER_SEEDS.has(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
}

/** Writes the demo ruleset under the master's data_dir; returns the files it created or replaced. */
export function seedDemoRuleset(dataDir: string): string[] {
  const made: string[] = [];
  for (const [rel, content] of Object.entries(DEMO_RULESET)) {
    const abs = path.join(dataDir, ...rel.split('/'));
    if (fs.existsSync(abs) && !holdsEarlierSeed(abs)) continue;
    fs.mkdirSync(path.dirname(abs), { recursive: true, mode: 0o750 });
    fs.writeFileSync(abs, content, { mode: 0o640 });
    made.push(rel);
  }
  return made;
}
