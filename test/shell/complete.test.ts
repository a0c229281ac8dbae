// Tab completion: commands, options, option values, actor paths one level at a time, node names.
import { complete, completePath } from '../../scripts/commands/shell/complete';
import { WORKER_TREE } from './fixtures';

const ctx = { paths: WORKER_TREE, nodes: ['master', 'worker-1', 'worker-2'] };

describe('complete', () => {
  test.each<[string, string[], string]>([
    ['', ['tree', 'top', 'info', 'trace', 'timers', 'nodes', 'health', 'agents', 'ruleset', 'logs', 'stats', 'restart', 'stop', 'connect', 'disconnect', 'help', 'exit'], ''],
    ['t', ['tree', 'top', 'trace', 'timers'], 't'],
    ['tr', ['tree', 'trace'], 'tr'],
    ['st', ['stats', 'stop'], 'st'],
    ['frob ', [], ''],
    ['info ', ['/worker-1'], ''],
    ['info /w', ['/worker-1'], '/w'],
    ['info /worker-1/', ['/worker-1/agent-server', '/worker-1/dialer', '/worker-1/log-rotation'], '/worker-1/'],
    ['info /worker-1/d', ['/worker-1/dialer'], '/worker-1/d'],
    ['info /worker-1/dialer', ['/worker-1/dialer', '/worker-1/dialer/master'], '/worker-1/dialer'],
    ['restart /worker-1/dialer/master/k', ['/worker-1/dialer/master/keep-alive'], '/worker-1/dialer/master/k'],
    ['info /nope', [], '/nope'],
    ['info /worker-1 ', [], ''], // one argument only
    ['trace --count 5 /worker-1/l', ['/worker-1/log-rotation'], '/worker-1/l'],
    ['top -', ['--sort', '--limit'], '-'],
    ['top --sort mailbox --', ['--limit'], '--'],
    ['top --sort ', ['mailbox', 'msgs', 'restarts', 'busy'], ''],
    ['top --sort m', ['mailbox', 'msgs'], 'm'],
    ['top --limit ', [], ''],
    ['logs --level w', ['warning'], 'w'],
    ['logs -f --', ['--level', '--task', '--lines'], '--'],
    ['connect w', ['worker-1', 'worker-2'], 'w'],
    ['help t', ['tree', 'top', 'trace', 'timers'], 't'],
    ['logs --task "Keep', [], '"Keep'],
  ])('%j', (line, candidates, word) => {
    expect(complete(line, ctx)).toEqual([candidates, word]);
  });

  test('paths are offered one level at a time, sorted, never twice', () => {
    expect(completePath(['/a', '/a/b', '/a/b/c', '/a/d'], '/a/')).toEqual(['/a/b', '/a/d']);
    expect(completePath(['/a', '/a/b', '/a/b/c', '/a/d'], '/a/b')).toEqual(['/a/b', '/a/b/c']);
    expect(completePath([], '/')).toEqual([]);
  });
});
