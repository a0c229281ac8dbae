// What `scale apply` decides from the topology and what runs: table-driven, no processes.
import type { NodeSpec } from '../../config/topology';
import { type DesiredNode, type ObservedNode, planApply, planIsEmpty, planSim } from '../../scripts/scale/scale-plan';

function spec(name: string, type: 'master' | 'worker', agentsPort: number): NodeSpec {
  return {
    name, type, address: '127.0.0.1', bindAddr: '127.0.0.1', clusterPort: 1516, agentsPort, enrollmentPort: agentsPort + 1,
    metricsPort: 0, overrides: { intervals: {} },
  };
}
const want = (name: string, type: 'master' | 'worker', port: number, config = `cfg-${name}`): DesiredNode => ({ spec: spec(name, type, port), config });
const seen = (name: string, type: 'master' | 'worker' | null, running: boolean, config: string | null = `cfg-${name}`, ports: number[] = []): ObservedNode => ({
  name, type, running, pid: running ? 100 : null, config, ports,
});

type Summary = Record<'startFirst' | 'stopWorkers' | 'stopMasters' | 'restart' | 'changed' | 'startLast' | 'unchanged', string[]>;
function summary(desired: DesiredNode[], observed: ObservedNode[], restart = false): Summary {
  const p = planApply(desired, observed, restart);
  const names = (xs: { spec?: NodeSpec; name?: string }[]) => xs.map((x) => x.spec?.name ?? x.name!);
  return {
    startFirst: names(p.startFirst), stopWorkers: names(p.stopWorkers), stopMasters: names(p.stopMasters),
    restart: names(p.restart), changed: names(p.changed), startLast: names(p.startLast), unchanged: names(p.unchanged),
  };
}
const none: Summary = { startFirst: [], stopWorkers: [], stopMasters: [], restart: [], changed: [], startLast: [], unchanged: [] };

describe('planApply', () => {
  const m = want('master', 'master', 1514);
  const w1 = want('worker-1', 'worker', 2000);
  const w2 = want('worker-2', 'worker', 2002);

  test.each<[string, DesiredNode[], ObservedNode[], boolean, Partial<Summary>]>([
    ['nothing runs: the master first, then the workers', [w1, m], [], false, { startFirst: ['master', 'worker-1'] }],
    ['everything runs with its config: nothing to do', [m, w1], [seen('master', 'master', true), seen('worker-1', 'worker', true)], false, { unchanged: ['master', 'worker-1'] }],
    ['a worker added', [m, w1, w2], [seen('master', 'master', true), seen('worker-1', 'worker', true)], false, { startFirst: ['worker-2'], unchanged: ['master', 'worker-1'] }],
    ['a worker removed', [m, w1], [seen('master', 'master', true), seen('worker-1', 'worker', true), seen('worker-2', 'worker', true)], false,
      { stopWorkers: ['worker-2'], unchanged: ['master', 'worker-1'] }],
    ['a removed node that no longer runs: nothing to stop', [m], [seen('master', 'master', true), seen('worker-2', 'worker', false)], false, { unchanged: ['master'] }],
    ['a node that crashed (stale pid file gone) is started again', [m, w1], [seen('master', 'master', true), seen('worker-1', 'worker', false)], false,
      { startFirst: ['worker-1'], unchanged: ['master'] }],
    ['a changed config is reported without --restart', [m, w1], [seen('master', 'master', true), seen('worker-1', 'worker', true, 'old')], false,
      { changed: ['worker-1'], unchanged: ['master'] }],
    ['and restarted with it', [m, w1], [seen('master', 'master', true, 'old'), seen('worker-1', 'worker', true, 'old')], true,
      { restart: ['master', 'worker-1'] }],
    ['a new worker that needs a port a removed one holds starts after it stops', [m, w1, want('edge-1', 'worker', 2002)],
      [seen('master', 'master', true), seen('worker-1', 'worker', true), seen('worker-2', 'worker', true, 'x', [2002, 2003])], false,
      { stopWorkers: ['worker-2'], startLast: ['edge-1'], unchanged: ['master', 'worker-1'] }],
    ['a renamed master replaces the old one: the old stops first', [want('m2', 'master', 1514), w1],
      [seen('master', 'master', true, 'x', [1516, 1514, 1515]), seen('worker-1', 'worker', true, 'cfg-worker-1')], false,
      { stopMasters: ['master'], startLast: ['m2'], unchanged: ['worker-1'] }],
    ['a node of unknown type (unreadable config) is stopped with the workers', [m], [seen('master', 'master', true), seen('odd', null, true, null)], false,
      { stopWorkers: ['odd'], unchanged: ['master'] }],
  ])('%s', (_name, desired, observed, restart, expected) => {
    expect(summary(desired, observed, restart)).toEqual({ ...none, ...expected });
  });

  test('planIsEmpty: only changed configs (reported, not restarted) leave the plan empty', () => {
    expect(planIsEmpty(planApply([m], [seen('master', 'master', true, 'old')], false))).toBe(true);
    expect(planIsEmpty(planApply([m], [seen('master', 'master', true, 'old')], true))).toBe(false);
    expect(planIsEmpty(planApply([m, w1], [seen('master', 'master', true)], false))).toBe(false);
  });
});

describe('planSim', () => {
  const args = ['agent-sim', '--count', '5'];
  test.each<[string, string[] | null, boolean, string[] | null, boolean, string]>([
    ['not asked, not running', null, false, null, false, 'none'],
    ['not asked any more', null, true, args, false, 'stop'],
    ['asked, not running', args, false, null, false, 'start'],
    ['asked, running as asked', args, true, args, false, 'keep'],
    ['another command line: reported', args, true, ['agent-sim', '--count', '9'], false, 'changed'],
    ['another command line with --restart', args, true, ['agent-sim', '--count', '9'], true, 'restart'],
    ['running, its command line unknown', args, true, null, false, 'changed'],
  ])('%s', (_name, desired, running, runningArgs, restart, action) => {
    expect(planSim(desired, running, runningArgs, restart)).toBe(action);
  });
});
