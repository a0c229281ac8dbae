// sim-ops.ts: the topology's simulated agents, `warden agent-sim` as a managed process. agent-sim keeps
// no keys between runs, so before it starts, the agents an earlier run enrolled under the same name
// prefix are removed through the master (their names would be refused as duplicates for an hour).
import * as fs from 'node:fs';
import { hostPort } from '../../config/node-config';
import type { Topology } from '../../config/topology';
import { askMaster } from './cluster-probe';
import { clusterView } from './node-ops';
import { nodePaths, simPaths } from './local-paths';
import { startDetached, stopGracefully, tailOf } from './managed-process';
import { type ObservedSim, simMarks } from './observe';
import { inspectPid } from './process-identity';
import { type ScaleRun, seconds, waitFor } from './scale-run';

/**
 * The command line the topology asks for, or null without agent_sim. Agents enroll through the master;
 * with masters elected through etcd, through the first worker (which passes enrollment on to whichever
 * master leads: a standby serves no agents).
 */
export function desiredSimArgs(t: Topology): string[] | null {
  const s = t.agentSim;
  if (!s) return null;
  const via = t.etcd ? t.workers[0] : t.master;
  return [
    'agent-sim',
    '--enroll', hostPort(via.address, via.enrollmentPort),
    '--workers', t.workers.map((w) => hostPort(w.address, w.agentsPort)).join(','),
    '--count', String(s.count),
    '--rate', String(s.rate),
    '--name-prefix', s.namePrefix,
    ...(s.group ? ['--group', s.group] : []),
    '--json-stats', '--every', '5',
  ];
}

function isSimAgent(name: string, prefix: string): boolean {
  return name.startsWith(`${prefix}-`);
}

export async function startSim(run: ScaleRun, args: string[]): Promise<void> {
  const s = run.t.agentSim!;
  const view = await clusterView(run);
  if (!view) {
    run.fail(`the simulated agents were not started: ${run.t.masters.length > 1 ? 'no master answers' : 'the master does not answer'}`);
    return;
  }
  // Registry commands go to the master that answered for the cluster: the leader.
  const master = nodePaths(run.t.baseDir, view.leader?.name ?? run.t.master.name).data;
  const old = view.agents.filter((a) => isSimAgent(a.name, s.namePrefix));
  for (const a of old) await askMaster(master, 'agent-remove', { id: a.id });
  if (old.length > 0) run.say(`  agent-sim: removed the ${old.length} agent(s) named ${s.namePrefix}-* of an earlier run`);
  if (s.group) {
    const groups = (await askMaster(master, 'group-list')) as { groups: { name: string }[] };
    if (!groups.groups.some((g) => g.name === s.group)) {
      await askMaster(master, 'group-create', { name: s.group });
      run.say(`  agent-sim: created the group ${s.group}`);
    }
  }
  const p = simPaths(run.t.baseDir);
  fs.mkdirSync(p.dir, { recursive: true, mode: 0o750 });
  fs.writeFileSync(p.args, JSON.stringify(args) + '\n');
  const pid = startDetached({ args, cwd: p.dir, outFile: p.out, pidFile: p.pid });
  run.say(`  agent-sim: started (pid ${pid}): ${s.count} agents at ${s.rate} events/s, log ${p.out}`);
  let active = 0;
  const all = await waitFor(run, `the ${s.count} simulated agents to be active`, async () => {
    if (inspectPid(pid, simMarks(args)).state !== 'ours') return 'exited' as const;
    const v = await clusterView(run);
    active = v ? v.agents.filter((a) => isSimAgent(a.name, s.namePrefix) && a.status === 'active').length : active;
    return active >= s.count ? 'active' as const : null;
  });
  if (all.value === 'active') run.say(`  agent-sim: all ${s.count} agents active in ${seconds(all.ms)}`);
  else if (all.value === 'exited') run.fail(`agent-sim exited; the end of ${p.out}:\n${tailOf(p.out)}`);
  else run.fail(`${active} of ${s.count} simulated agents active after ${seconds(all.ms)} (see ${p.out})`);
}

export async function stopSim(run: ScaleRun, o: ObservedSim): Promise<void> {
  if (o.pid === null) return;
  const p = simPaths(run.t.baseDir);
  const r = await stopGracefully(o.pid, simMarks(o.args), p.pid, run.timeoutMs);
  if (r.stopped) run.say(`  agent-sim: stopped (pid ${o.pid}) in ${seconds(r.ms)}`);
  else run.fail(`agent-sim (pid ${o.pid}) still runs ${seconds(r.ms)} after SIGTERM; it was not killed`);
}
