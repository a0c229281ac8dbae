#!/usr/bin/env node
// The `warden` command line: one executable for every role and tool (DESIGN.md section 7).
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { daemonCommand } from './commands/daemon';
import { controlCommand, CONTROL_COMMANDS } from './commands/control';
import { demoCommand } from './commands/demo';
import { keygenCommand } from './commands/keygen';
import { agentRegister, agentRemove, groupCommand } from './commands/registry';
import { logtestCommand } from './commands/logtest';
import { rulesetInstallCommand } from './commands/ruleset-install';
import { agentSimCommand } from './commands/agent-sim';
import { WARDEN_VERSION } from '../actors/node/version';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${JSON.stringify(v)} is not a positive integer`);
  return n;
}

const program = new Command()
  .name('warden')
  .description('Warden: a Wazuh-style cluster of security managers (a master and any number of workers).')
  .version(WARDEN_VERSION)
  .showHelpAfterError('(run with --help for usage)')
  // Usage errors (a missing --config, an unknown option) exit 2, as the README's exit codes say; commander
  // has printed the message by then. Subcommands inherit this when they are created below.
  .exitOverride();

program.command('daemon')
  .description('run one node (master or worker, from its config) in the foreground until SIGTERM or SIGINT')
  .requiredOption('--config <file>', 'the node\'s YAML config')
  .option('-t, --test', 'check the config, print the result and exit (0 when valid)')
  .option('--debug', 'log debug lines too')
  .addHelpText('after', '\nThe log goes to <data_dir>/logs/cluster.log and to stderr. A config with cluster.disabled: true exits 0 at once.')
  .action((o: { config: string; test?: boolean; debug?: boolean }) => daemonCommand(o));

program.command('control')
  .description('ask a running node: nodes (the cluster\'s nodes), health (per worker), agents, actors (this node\'s actor tree), ruleset (whose files match the master\'s, and which ruleset each engine runs)')
  .argument('<what>', CONTROL_COMMANDS.join(' | '))
  .requiredOption('--config <file>', 'the config of the node to ask (its data_dir holds the control socket)')
  .option('--json', 'print exactly one JSON document')
  .addHelpText('after', '\nOn a worker, nodes and health are answered by the master. Exit codes: 0 ok, 1 error, 2 usage, 3 node not running.')
  .action((what: string, o: { config: string; json?: boolean }) => controlCommand(what, o));

const agent = program.command('agent').description('register or remove agents (through the master; a worker forwards)');
agent.command('register')
  .description('register an agent; prints its id and key')
  .requiredOption('--config <file>', 'the config of a running node')
  .requiredOption('--name <name>', 'the agent name (2-128 of A-Z a-z 0-9 . _ -)')
  .option('--ip <address>', 'the agent IP, a CIDR, or any', undefined)
  .option('--group <name>', 'a group (repeat for several; default: default)', (v: string, prev: string[] = []) => [...prev, v])
  .option('--json', 'print {"id","name","key"}')
  .action((o: { config: string; name: string; ip?: string; group?: string[]; json?: boolean }) => agentRegister(o));
agent.command('remove')
  .description('delete an agent everywhere: every worker disconnects and refuses it')
  .argument('<id>', 'the agent id, e.g. 001')
  .requiredOption('--config <file>', 'the config of a running node')
  .action((id: string, o: { config: string }) => agentRemove(id, o));

program.command('group')
  .description('groups and assignments: create NAME | delete NAME | assign --agent ID --group NAME | unassign ... | list')
  .argument('<action>', 'create | delete | assign | unassign | list')
  .argument('[name]', 'the group, for create and delete')
  .requiredOption('--config <file>', 'the config of a running node')
  .option('--agent <id>', 'the agent, for assign and unassign')
  .option('--group <name>', 'the group, for assign and unassign')
  .option('--json', 'list: print one JSON document')
  .action((action: string, name: string | undefined, o: { config: string; agent?: string; group?: string; json?: boolean }) => groupCommand(action, name, o));

program.command('keygen')
  .description('print a new random 32-character cluster key, or write it to a file with mode 0600')
  .option('--out <file>', 'write the key to this file (mode 0600) instead of stdout; refuses to replace a file')
  .option('--force', 'with --out: replace an existing file')
  .addHelpText('after', '\nUse --out for a key_file: `warden keygen > cluster.key` leaves the key readable by others (umask).')
  .action((o: { out?: string; force?: boolean }) => keygenCommand(o));

program.command('demo')
  .description('run a local demo cluster (what `npm start` does): a master and workers on loopback')
  .option('--dir <dir>', 'where the demo keeps its configs and data', './var/demo')
  .option('--workers <n>', 'how many workers', positiveInt, 2)
  .option('--every <seconds>', 'how often to refresh the status (redrawn in place on a terminal, printed anew otherwise)', positiveInt, 3)
  .option('--agents <n>', 'simulated Wazuh agents (0 for none)', (v: string) => (v === '0' ? 0 : positiveInt(v)), 50)
  .action((o: { dir: string; workers: number; every: number; agents: number }) => demoCommand(o));

program.command('logtest')
  .description('read log lines on stdin and show how the analysis engine decodes them and which rule fires (like wazuh-logtest)')
  .option('--config <file>', 'use the ruleset folders this node loads (its installed ruleset or the built-in one, or analysis.ruleset_dirs; then its etc/)')
  .option('--ruleset <dir>', 'a ruleset folder (rules/, decoders/, lists/ inside); repeat for more', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--json', 'one JSON object per line: {"decoder","fields","rule","alert"}')
  .option('--verbose', 'list every ruleset warning too')
  .addHelpText('after', '\nWith neither --config nor --ruleset, the built-in ruleset is used.')
  .action(async (o: { config?: string; ruleset: string[]; json?: boolean; verbose?: boolean }) => { process.exitCode = await logtestCommand(o); });

const ruleset = program.command('ruleset').description('the ruleset the cluster analyses events with');
ruleset.command('install')
  .description('install a full Wazuh ruleset on the master, used by every node instead of the built-in one')
  .argument('<dir>', 'a ruleset folder: rules/ and decoders/ (and lists/) inside, e.g. a Wazuh source checkout\'s ruleset/')
  .requiredOption('--config <file>', 'the master\'s config (a worker gets the ruleset from the master)')
  .option('--json', 'print one JSON summary: {"installed","source","target","files","bytes","counts","skipped","problems",...}')
  .option('-n, --dry-run', 'check the ruleset (layout and load) and report, without installing it')
  .addHelpText('after', `
The ruleset goes to <data_dir>/ruleset/{rules,decoders,lists} of the master. It is first loaded with the
engine's own loader: if it does not load, the install is refused and every problem is listed with its
file and line. Files outside rules/*.xml, decoders/*.xml and lists/ (README, testing/, compiled .cdb
lists, ...) are listed and left out. The old ruleset is replaced whole, never half: an install cut short
leaves it as it was.

The master may be running or not. Running, it reloads its engine and the integrity sync brings the
ruleset to every worker, whose engines reload too; stopped, it does so when it starts. Every node then
loads <data_dir>/ruleset, then its etc/ local rules, instead of the built-in ruleset (unless its config
sets analysis.ruleset_dirs). \`warden control --config F ruleset\` shows which ruleset each node runs,
and \`warden logtest --config F\` tests lines against exactly that ruleset.

Exit codes: 0 installed (or checked, with --dry-run), 1 refused or failed (nothing changed), 2 usage
(a worker's config, DIR not a folder).`)
  .action(async (dir: string, o: { config: string; json?: boolean; dryRun?: boolean }) => { process.exitCode = await rulesetInstallCommand(dir, o); });

program.command('agent-sim')
  .description('N simulated Wazuh 4.x agents in one process: enroll, connect to workers, keep alive, send events, fail over')
  .requiredOption('--enroll <host:port>', 'the enrollment endpoint (authd, TLS), e.g. 127.0.0.1:1515')
  .requiredOption('--workers <host:port,...>', 'agent ports of the workers; agent i starts on worker i % n')
  .requiredOption('--count <n>', 'how many agents')
  .option('--rate <eps>', 'events a second over the whole fleet', '0')
  .option('--group <g>', 'group(s) to enroll in (G:\'g\')')
  .option('--keepalive <duration>', 'keep-alive interval (notify_time)', '10s')
  .option('--name-prefix <prefix>', 'agent names are <prefix>-001, <prefix>-002, ...', 'sim')
  .option('--password <p>', 'enrollment password (OSSEC PASS:)')
  .option('--json-stats', 'print stats as one JSON object per line')
  .option('--every <seconds>', 'how often to print stats', '5')
  .option('--verbose', 'print every agent error on stderr')
  .action(async (o: { enroll: string; workers: string; count: string; rate?: string; group?: string; keepalive?: string; namePrefix?: string; password?: string; jsonStats?: boolean; every?: string; verbose?: boolean }) => {
    process.exitCode = await agentSimCommand(o);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // --help, --version: 0
  process.stderr.write(`warden: ${(err as Error).message}\n`);
  process.exit(1);
});
