// `warden control --config F nodes|health|actors [--json]`: asks the running node through its control socket.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { ControlError } from '../../actors/control/control-protocol';
import { loadConfigOrExit } from './daemon';
import { renderControl } from './cluster-tables';
import { outputWidth } from './fit-table';

export { plainTable as table } from './fit-table';
export { nodesTable, rulesetTable } from './cluster-tables';

import { CONTROL_COMMANDS } from './command-names';
export { CONTROL_COMMANDS };

export async function controlCommand(what: string, opts: { config: string; json?: boolean }): Promise<void> {
  if (!(CONTROL_COMMANDS as readonly string[]).includes(what)) {
    process.stderr.write(`warden control: unknown command ${JSON.stringify(what)}; use one of ${CONTROL_COMMANDS.join(', ')}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit(opts.config);
  let result: unknown;
  try {
    result = await askNode(controlSocketPath(config.dataDir), { command: what, args: {} });
  } catch (err) {
    const code = err instanceof ControlError ? err.code : 'error';
    process.stderr.write(`warden control ${what}: ${(err as Error).message}\n`);
    process.exit(code === 'not_running' ? 3 : 1);
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  // A terminal gets tables that fit it; a pipe gets them whole.
  process.stdout.write(renderControl(what, result, outputWidth(process.stdout, null), Date.now()) + '\n');
}
