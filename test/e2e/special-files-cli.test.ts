// A FIFO in etc/rules of a master, through the `warden` CLI: the node starts, its engine loads the rest
// and names the FIFO as skipped, and SIGTERM stops it within the daemon's deadline. (Opened, the FIFO
// held the engine thread for good: even process.exit waited on it, and only SIGKILL ended the node.)
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';
import { writeTree } from '../integrity/helpers';

jest.setTimeout(60_000);

/** The daemon's own deadline is 5 s (scripts/commands/daemon.ts); past this, it is not stopping at all. */
const STOP_WITHIN_MS = 15_000;

describe('a master with a FIFO in etc/rules', () => {
  let c: LocalCluster | undefined;
  afterEach(async () => {
    await c?.stop(); // SIGKILL after its own deadline if SIGTERM did not do it
    c = undefined;
  });

  test('starts, loads the other rules, names the FIFO, and stops on SIGTERM', async () => {
    // A ruleset folder of its own keeps the built-in ruleset out, so the rule count is the two files here.
    let ownRuleset = '';
    c = new LocalCluster({ workers: 0, extraYaml: () => `analysis: { ruleset_dirs: [${JSON.stringify(ownRuleset)}] }` });
    const cl = c;
    ownRuleset = path.join(cl.dir, 'own-ruleset');
    fs.mkdirSync(ownRuleset);
    await cl.configure();
    const master = cl.master;
    writeTree(master.dataDir, {
      'etc/rules/0010-templates.xml': '<group name="syslog,">\n  <rule id="1" level="0" noalert="1">\n    <category>syslog</category>\n    <description>template</description>\n  </rule>\n</group>\n',
      'etc/rules/local_rules.xml': '<group name="local,">\n  <rule id="100001" level="5">\n    <match>x</match>\n    <description>x</description>\n  </rule>\n</group>\n',
    });
    execFileSync('mkfifo', [path.join(master.dataDir, 'etc/rules/trap.xml')]);
    const log = (): string => fs.readFileSync(path.join(master.dataDir, 'logs', 'cluster.log'), 'utf8');

    cl.start('master');
    await cl.waitFor('the engine loaded', async () => (fs.existsSync(path.join(master.dataDir, 'logs', 'cluster.log')) ? log() : ''),
      (l) => /Started master/.test(l) && /Ruleset loaded in \d+ ms from .*: 2 rules, 1 errors\./.test(l), 30_000, 100);
    expect(log()).toMatch(/WARNING: .*Ruleset: error: .*etc\/rules\/trap\.xml: skipped: a FIFO, not a regular file/);

    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      cl.kill('master', 'SIGTERM').then((code) => ({ code })),
      new Promise<'hung'>((resolve) => { timer = setTimeout(() => resolve('hung'), STOP_WITHIN_MS); }),
    ]);
    clearTimeout(timer);
    expect(stopped).toEqual({ code: 0 });
    expect(log()).toMatch(/Received SIGTERM: stopping\./);
    expect(log()).toMatch(/INFO: .*Stopped\./);
  });
});
