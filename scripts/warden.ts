#!/usr/bin/env node
// The `warden` command line: one executable for every role and tool (DESIGN.md section 7).
import { Command, InvalidArgumentError } from 'commander';
import { daemonCommand } from './commands/daemon';
import { controlCommand, CONTROL_COMMANDS } from './commands/control';
import { demoCommand } from './commands/demo';
import { generateKey } from './keygen';
import { logtestCommand } from './commands/logtest';
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
  .showHelpAfterError('(run with --help for usage)');

program.command('daemon')
  .description('run one node (master or worker, from its config) in the foreground until SIGTERM or SIGINT')
  .requiredOption('--config <file>', 'the node\'s YAML config')
  .option('-t, --test', 'check the config, print the result and exit (0 when valid)')
  .option('--debug', 'log debug lines too')
  .addHelpText('after', '\nThe log goes to <data_dir>/logs/cluster.log and to stderr. A config with cluster.disabled: true exits 0 at once.')
  .action((o: { config: string; test?: boolean; debug?: boolean }) => daemonCommand(o));

program.command('control')
  .description('ask a running node: nodes (the cluster\'s nodes), health (per worker), actors (this node\'s actor tree)')
  .argument('<what>', CONTROL_COMMANDS.join(' | '))
  .requiredOption('--config <file>', 'the config of the node to ask (its data_dir holds the control socket)')
  .option('--json', 'print exactly one JSON document')
  .addHelpText('after', '\nOn a worker, nodes and health are answered by the master. Exit codes: 0 ok, 1 error, 2 usage, 3 node not running.')
  .action((what: string, o: { config: string; json?: boolean }) => controlCommand(what, o));

program.command('keygen')
  .description('print a new random 32-character cluster key (for cluster.key or a key_file)')
  .action(() => { process.stdout.write(generateKey() + '\n'); });

program.command('demo')
  .description('run a local demo cluster (what `npm start` does): a master and workers on loopback')
  .option('--dir <dir>', 'where the demo keeps its configs and data', './var/demo')
  .option('--workers <n>', 'how many workers', positiveInt, 2)
  .option('--every <seconds>', 'how often to print the nodes table', positiveInt, 3)
  .action((o: { dir: string; workers: number; every: number }) => demoCommand(o));

program.command('logtest')
  .description('read log lines on stdin and show how the analysis engine decodes them and which rule fires (like wazuh-logtest)')
  .option('--ruleset <dir>', 'a ruleset folder (rules/, decoders/, lists/ inside); repeat for more', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--json', 'one JSON object per line: {"decoder","fields","rule","alert"}')
  .option('--verbose', 'list every ruleset warning too')
  .action(async (o: { ruleset: string[]; json?: boolean; verbose?: boolean }) => { process.exitCode = await logtestCommand(o); });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`warden: ${(err as Error).message}\n`);
  process.exit(1);
});
