// `warden agent register|remove` and `warden group create|delete|assign|unassign|list`: asked of the
// node named by --config; a worker forwards them to the master.
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { ControlError } from '../../actors/control/control-protocol';
import { loadConfigOrExit } from './daemon';
import { table } from './control';

/** Asks the node; on a failure prints it (with `context()` when given: what the failure leaves behind) and exits. */
export async function askOrExit(configFile: string, command: string, args: Record<string, unknown>, context?: () => string): Promise<unknown> {
  const config = loadConfigOrExit(configFile);
  try {
    return await askNode(controlSocketPath(config.dataDir), { command, args });
  } catch (err) {
    process.stderr.write(`warden: ${command}: ${(err as Error).message}${context ? ` (${context()})` : ''}\n`);
    process.exit(err instanceof ControlError && err.code === 'not_running' ? 3 : 1);
  }
}

export async function agentRegister(o: { config: string; name: string; ip?: string; group?: string[]; json?: boolean }): Promise<void> {
  const r = (await askOrExit(o.config, 'agent-register', {
    name: o.name, ...(o.ip ? { ip: o.ip } : {}), ...(o.group?.length ? { groups: o.group } : {}),
  })) as { id: string; name: string; key: string };
  process.stdout.write(o.json ? JSON.stringify(r) + '\n' : `Agent ${r.name} registered with id ${r.id}.\nKey: ${r.key}\n`);
}

export async function agentRemove(id: string, o: { config: string }): Promise<void> {
  const r = (await askOrExit(o.config, 'agent-remove', { id })) as { removed: string };
  process.stdout.write(`Agent ${r.removed} removed from the cluster.\n`);
}

export async function groupCommand(action: string, name: string | undefined, o: { config: string; agent?: string; group?: string; json?: boolean }): Promise<void> {
  switch (action) {
    case 'create':
    case 'delete': {
      if (!name) return usage(`warden group ${action} needs a group name`);
      await askOrExit(o.config, `group-${action}`, { name });
      process.stdout.write(`Group ${name} ${action}d.\n`);
      return;
    }
    case 'assign':
    case 'unassign': {
      if (!o.agent || !o.group) return usage(`warden group ${action} needs --agent ID and --group NAME`);
      const r = (await askOrExit(o.config, `group-${action}`, { id: o.agent, group: o.group })) as { agent: string; groups: string[] };
      process.stdout.write(`Agent ${r.agent} is now in: ${r.groups.join(', ') || '(no group)'}.\n`);
      return;
    }
    case 'list': {
      const r = (await askOrExit(o.config, 'group-list', {})) as { groups: { name: string; agents: number }[] };
      if (o.json) { process.stdout.write(JSON.stringify(r) + '\n'); return; }
      const t = table(['GROUP', 'AGENTS']);
      for (const g of r.groups) t.push([g.name, String(g.agents)]);
      process.stdout.write(t.toString() + '\n');
      return;
    }
    default:
      return usage(`unknown group action ${JSON.stringify(action)}: use create, delete, assign, unassign or list`);
  }
}

function usage(msg: string): never {
  process.stderr.write(`warden: ${msg}\n`);
  process.exit(2);
}
