#!/usr/bin/env node
// The `warden` command line: one executable for every role and tool (DESIGN.md section 7).
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { CONTROL_COMMANDS, RENDER_FORMATS } from './commands/command-names';
import { WARDEN_VERSION } from '../actors/node/version';

// Each command's code is loaded when that command runs: a daemon (whose start every fresh worker's first
// sync waits for) does not load the shell, scale, logtest and the rest, some 80 ms of a 2-core machine.
type Command_ = (...args: never[]) => unknown;
function lazy<M extends Record<K, Command_>, K extends string>(load: () => Promise<M>, name: K) {
  return async (...args: Parameters<M[K]>): Promise<Awaited<ReturnType<M[K]>>> => {
    const run = (await load())[name] as (...a: Parameters<M[K]>) => ReturnType<M[K]>;
    return await run(...args);
  };
}
const daemonCommand = lazy(() => import('./commands/daemon'), 'daemonCommand');
const controlCommand = lazy(() => import('./commands/control'), 'controlCommand');
const demoCommand = lazy(() => import('./commands/demo'), 'demoCommand');
const keygenCommand = lazy(() => import('./commands/keygen'), 'keygenCommand');
const agentRegister = lazy(() => import('./commands/registry'), 'agentRegister');
const agentRemove = lazy(() => import('./commands/registry'), 'agentRemove');
const groupCommand = lazy(() => import('./commands/registry'), 'groupCommand');
const agentExport = lazy(() => import('./commands/agent-keys'), 'agentExport');
const agentImport = lazy(() => import('./commands/agent-keys'), 'agentImport');
const configImportCommand = lazy(() => import('./commands/config-import'), 'configImportCommand');
const logtestCommand = lazy(() => import('./commands/logtest'), 'logtestCommand');
const rulesetInstallCommand = lazy(() => import('./commands/ruleset-install'), 'rulesetInstallCommand');
const agentSimCommand = lazy(() => import('./commands/agent-sim'), 'agentSimCommand');
const shellCommand = lazy(() => import('./commands/shell/shell'), 'shellCommand');
const scaleApply = lazy(() => import('./commands/scale'), 'scaleApply');
const scaleDown = lazy(() => import('./commands/scale'), 'scaleDown');
const scaleRender = lazy(() => import('./commands/scale'), 'scaleRender');
const scaleStatus = lazy(() => import('./commands/scale'), 'scaleStatus');

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
  .option('--node-name <name>', 'use this node name instead of the config\'s cluster.node_name (one config for many pods)')
  .option('--advertise-addr <host>', 'a master under cluster.etcd: the address others reach its cluster port at, published in etcd (default: cluster.bind_addr, or the host name when it listens on every interface)')
  .addHelpText('after', '\nThe log goes to <data_dir>/logs/cluster.log and to stderr. A config with cluster.disabled: true exits 0 at once.')
  .action((o: { config: string; test?: boolean; debug?: boolean; nodeName?: string; advertiseAddr?: string }) => daemonCommand(o));

program.command('control')
  .description('ask a running node: nodes (the cluster\'s nodes), health (per worker), agents, actors (this node\'s actor tree), ruleset (whose files match the master\'s, and which ruleset each engine runs)')
  .argument('<what>', CONTROL_COMMANDS.join(' | '))
  .requiredOption('--config <file>', 'the config of the node to ask (its data_dir holds the control socket)')
  .option('--json', 'print exactly one JSON document')
  .addHelpText('after', '\nOn a worker, nodes and health are answered by the master. Exit codes: 0 ok, 1 error, 2 usage, 3 node not running.')
  .action((what: string, o: { config: string; json?: boolean }) => controlCommand(what, o));

const agent = program.command('agent').description('register, remove, import or export agents (through the master; a worker forwards)');
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

agent.command('import')
  .description('load a Wazuh client.keys into the registry: ids, names, IPs and keys kept, so agents reconnect without enrolling again')
  .argument('<client_keys>', 'Wazuh\'s client.keys (e.g. /var/ossec/etc/client.keys): lines "ID NAME IP KEY"')
  .requiredOption('--config <file>', 'the config of a running node')
  .option('--group <name>', 'a group for the imported agents (repeat for several; default: default)', (v: string, prev: string[] = []) => [...prev, v])
  .option('--json', 'print {"imported","unchanged","skipped":[{"line","id","name","reason"}],"removed":[...],"next_id"}')
  .addHelpText('after', [
    '',
    'A file with a bad line is refused whole, each bad line named. An agent whose id or name is already',
    'registered with another key (or name, or IP) is skipped and reported, never overwritten; one registered',
    'exactly so is left as it is. Agents Wazuh removed (name starting with ! or #) are listed, not imported.',
    'New agents registered afterwards get ids above the highest imported one. Workers receive the agents',
    'through their registry sync within intervals.agent_groups.',
  ].join('\n'))
  .action((file: string, o: { config: string; group?: string[]; json?: boolean }) => agentImport(file, o));
agent.command('export')
  .description('write the registry as a Wazuh client.keys ("ID NAME IP KEY" a line, ids as 001)')
  .requiredOption('--config <file>', 'the config of a running node')
  .option('--out <file>', 'write to this file with mode 0600 instead of stdout; refuses to replace a file')
  .option('--force', 'with --out: replace an existing file')
  .action((o: { config: string; out?: string; force?: boolean }) => agentExport(o));

const config = program.command('config').description('Warden configs: import one from a Wazuh manager');
config.command('import')
  .description('turn a Wazuh ossec.conf (<cluster>, <remote>, <auth>, <alerts>) into a Warden config; says on stderr what it could not carry')
  .argument('<ossec_conf>', 'the manager\'s ossec.conf (e.g. /var/ossec/etc/ossec.conf)')
  .option('--out <file>', 'write the config to this file (mode 0600 when it holds the cluster key) instead of stdout; refuses to replace a file')
  .option('--data-dir <dir>', 'the node\'s data_dir (relative paths are taken from the config file\'s folder)', undefined)
  .option('--key-file <file>', 'use this cluster key file (from `warden keygen --out`) instead of the key of ossec.conf')
  .option('--force', 'with --out: replace an existing file')
  .addHelpText('after', [
    '',
    'Maps <cluster> (name, node_name, node_type, key, port, bind_addr, nodes, hidden), <remote> (port;',
    'TCP only), <auth> (port; use_password: the authd.pass beside ossec.conf) and <alerts><log_alert_level>.',
    'data_dir defaults to ./var/<node_name>. A key that is empty, published in Wazuh\'s documentation or',
    'too weak for Warden is not copied: the config then names ./cluster.key; make one key with',
    '`warden keygen --out cluster.key` and import every node with --key-file cluster.key.',
    'Exit codes: 0 written (see the notes on stderr), 1 ossec.conf could not be imported or the file exists.',
  ].join('\n'))
  .action((file: string, o: { out?: string; dataDir?: string; keyFile?: string; force?: boolean }) => configImportCommand(file, o));

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

program.command('shell')
  .description('the actor inspection shell: the live actor tree, top, info, traces, timers, logs and process stats of a node')
  .requiredOption('--config <file>', 'the config of the node to inspect (its data_dir holds the control socket)')
  .option('--node <name>', 'inspect another node of the cluster, through the master')
  .option('-c, --command <cmd>', 'run one command and exit (non-zero on error), e.g. -c tree')
  .option('--json', 'print one JSON document per command')
  .addHelpText('after', [
    '',
    'Commands: tree [PATH] [--cluster], top [--sort mailbox|msgs|restarts|busy] [--limit N], info PATH,',
    'trace PATH [--count N] [--duration S], timers, nodes, health, agents, ruleset, logs [-f] [--level L] [--task T],',
    'stats, restart PATH, stop PATH (both need shell.allow_mutations: true on that node), connect NODE, help [CMD].',
    'Exit codes with -c: 0 ok, 1 error, 2 usage, 3 node not running.',
  ].join('\n'))
  .action(async (o: { config: string; node?: string; command?: string; json?: boolean }) => { process.exitCode = await shellCommand(o); });
const TOPOLOGY_HELP = `
A topology file (YAML; relative paths are read against its folder):
  cluster: { name: warden, key_file: ./cluster.key }   # or key: <32 characters>; a missing key_file is created (0600)
  base_dir: ./var/cluster                              # node N: <base_dir>/N/warden.yaml, data in <base_dir>/N/data
  master: { name: master, address: 127.0.0.1, port: 1516, agents_port: 1514, enrollment_port: 1515 }
  workers: { count: 2, name: "worker-{n}", address: 127.0.0.1, agents_port_base: 11514 }
  # or a list: workers: [ { name: worker-1, address: 127.0.0.1, agents_port: 11514, enrollment_port: 11515 } ]
  agent_sim: { count: 50, rate: 10 }                   # optional: \`warden agent-sim\` as a managed process
  config: { log_level: info, intervals: { keep_alive: 5s }, metrics_port_base: 9100 }   # optional, every node
See the README's "Scaling" section for every key, systemd: and kubernetes:.`;

const scale = program.command('scale')
  .description('config-driven scaling: bring this machine to a topology file, show it, stop it, or render it for systemd or Kubernetes')
  .addHelpText('after', TOPOLOGY_HELP);
scale.command('apply')
  .description('start the nodes the topology adds (detached, pid files, logs), stop the ones it removes (workers one at a time, their agents followed to the others), leave the rest alone; a second apply changes nothing')
  .argument('<file>', 'the topology file')
  .option('--restart', 'restart running nodes whose rendered config changed (without it they are only reported: "config changed, restart needed")')
  .option('--timeout <duration>', 'the longest wait of each step (a node coming up, stopping, its agents moving)', '30s')
  .addHelpText('after', '\nExit codes: 0 the machine runs the topology, 1 a step failed (named, with the node\'s last output), 2 usage.')
  .action((file: string, o: { restart?: boolean; timeout?: string }) => scaleApply(file, o));
scale.command('status')
  .description('the topology\'s nodes against what runs: pid, running, connected to the master, active agents, config same/changed')
  .argument('<file>', 'the topology file')
  .option('--json', 'print exactly one JSON document: {"nodes":[{"name","type","desired","pid","running","connected","agents","config"}],"agent_sim","in_sync",...}')
  .action((file: string, o: { json?: boolean }) => scaleStatus(file, o));
scale.command('down')
  .description('stop everything apply started under the topology\'s base_dir (simulated agents, workers, then the master); data and configs are kept')
  .argument('<file>', 'the topology file')
  .option('--timeout <duration>', 'how long each node may take to stop after SIGTERM (it is never killed)', '30s')
  .action((file: string, o: { timeout?: string }) => scaleDown(file, o));
scale.command('render')
  .description('systemd units (one per node, with its config) or Kubernetes manifests for the topology, on stdout or in a folder')
  .argument('<file>', 'the topology file')
  .requiredOption('--format <format>', RENDER_FORMATS.join(' | '))
  .option('--out <dir>', 'write one file per unit, config or object under DIR instead of stdout')
  .addHelpText('after', '\nKubernetes: the master is a StatefulSet behind a headless Service with a PersistentVolumeClaim; the workers a StatefulSet grown by a\n' +
    'HorizontalPodAutoscaler; agents reach them through one Service (kubernetes.service_type); the key is a Secret. The image is built from the Dockerfile.')
  .action((file: string, o: { format: string; out?: string }) => scaleRender(file, o));

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // --help, --version: 0
  process.stderr.write(`warden: ${(err as Error).message}\n`);
  process.exit(1);
});
