// The shell's command parser: every command, its defaults, and each kind of bad input with its message.
import { COMMANDS } from '../../scripts/commands/shell/commands';
import { parseLine, ShellUsageError, tokenize, usageOf } from '../../scripts/commands/shell/parse';

describe('tokenize', () => {
  test.each<[string, string[]]>([
    ['tree', ['tree']],
    ['  logs   -f  ', ['logs', '-f']],
    ['logs --task "Keep Alive"', ['logs', '--task', 'Keep Alive']],
    ["logs --task 'a \"b\"'", ['logs', '--task', 'a "b"']],
    ['logs --task Keep\\ Alive', ['logs', '--task', 'Keep Alive']],
    ['logs --task "say \\"hi\\""', ['logs', '--task', 'say "hi"']],
    ['info ""', ['info', '']],
    ['', []],
  ])('%j', (line, words) => {
    expect(tokenize(line)).toEqual(words);
  });

  test('an open quote is a usage error', () => {
    expect(() => tokenize('logs --task "Keep')).toThrow(/unterminated " quote/);
  });
});

describe('parseLine', () => {
  test.each<[string, unknown]>([
    ['tree', { name: 'tree', path: null, cluster: false }],
    ['tree /master/listener/', { name: 'tree', path: '/master/listener', cluster: false }],
    ['tree --cluster', { name: 'tree', path: null, cluster: true }],
    ['top', { name: 'top', sort: 'busy', limit: null }],
    ['top --sort mailbox --limit 5', { name: 'top', sort: 'mailbox', limit: 5 }],
    ['top --sort=msgs', { name: 'top', sort: 'msgs', limit: null }],
    ['info /worker-1/dialer/master/keep-alive', { name: 'info', path: '/worker-1/dialer/master/keep-alive' }],
    ['trace /m', { name: 'trace', path: '/m', count: 100, durationMs: 10_000 }],
    ['trace /m --count 5 --duration 2.5', { name: 'trace', path: '/m', count: 5, durationMs: 2_500 }],
    ['trace /m --duration 500ms', { name: 'trace', path: '/m', count: 100, durationMs: 500 }],
    ['trace /m --duration 2m', { name: 'trace', path: '/m', count: 100, durationMs: 120_000 }],
    ['timers', { name: 'timers' }],
    ['nodes', { name: 'nodes' }],
    ['health', { name: 'health' }],
    ['agents', { name: 'agents' }],
    ['ruleset', { name: 'ruleset' }],
    ['stats', { name: 'stats' }],
    ['logs', { name: 'logs', follow: false, level: null, task: null, lines: 20 }],
    ['logs -f --level warn --task keep -n 50', { name: 'logs', follow: true, level: 'warning', task: 'keep', lines: 50 }],
    ['logs --follow --level=error', { name: 'logs', follow: true, level: 'error', task: null, lines: 20 }],
    ['restart /w/dialer', { name: 'restart', path: '/w/dialer' }],
    ['stop /w/dialer', { name: 'stop', path: '/w/dialer' }],
    ['connect worker-2', { name: 'connect', node: 'worker-2' }],
    ['disconnect', { name: 'disconnect' }],
    ['help', { name: 'help', topic: null }],
    ['help top', { name: 'help', topic: 'top' }],
    ['help quit', { name: 'help', topic: 'exit' }],
    ['? trace', { name: 'help', topic: 'trace' }],
    ['quit', { name: 'exit' }],
    ['exit', { name: 'exit' }],
    ['   ', null],
    ['# a comment', null],
  ])('%j', (line, cmd) => {
    expect(parseLine(line)).toEqual(cmd);
  });

  test.each<[string, RegExp]>([
    ['tre', /unknown command "tre" \(did you mean tree\?\); commands: tree, top/],
    ['tim', /unknown command "tim" \(did you mean timers\?\)/],
    ['stast', /unknown command "stast" \(did you mean stats\?\)/],
    ['frobnicate', /unknown command "frobnicate"; commands: .*help CMD/],
    ['info', /info needs PATH: info PATH/],
    ['info master/listener', /"master\/listener" is not an actor path: paths start with "\/"/],
    ['info /a//b', /is not an actor path/],
    ['info /a b', /info takes at most 1 argument \(PATH\), got 2/],
    ['timers now', /timers takes no arguments, got "now"/],
    ['top --sort cpu', /--sort must be one of mailbox, msgs, restarts, busy, got "cpu"/],
    ['top --limit 0', /--limit must be a whole number from 1 to/],
    ['top --limit x', /--limit must be a whole number/],
    ['top --limit', /--limit needs a value \(a whole number\)/],
    ['top --fast', /top: unknown option --fast; options: --sort, --limit/],
    ['trace /m --count 10001', /--count must be a whole number from 1 to 10000/],
    ['trace /m --duration 301', /--duration must be from 0.1 to 300 seconds/],
    ['trace /m --duration soon', /--duration .* or a number of seconds/],
    ['logs --level loud', /--level must be one of error, warning, info, debug/],
    ['logs -f=yes', /--follow takes no value/],
    ['logs -f -f', /--follow is given twice/],
    ['logs -x', /unknown option -x; options: --follow \(-f\), --level, --task, --lines \(-n\)/],
    ['connect', /connect needs NODE/],
    ['connect "worker 2"', /"worker 2" is not a node name/],
    ['help frob', /unknown command "frob"/],
  ])('%j is refused: %s', (line, message) => {
    expect(() => parseLine(line)).toThrow(ShellUsageError);
    expect(() => parseLine(line)).toThrow(message);
  });

  test('every command of the table parses from its usage line with its required arguments filled in', () => {
    for (const spec of COMMANDS) {
      const line = [spec.name, ...spec.args.filter((a) => a.required).map((a) => (a.kind === 'path' ? '/x' : 'worker-1'))].join(' ');
      expect(parseLine(line)).toMatchObject({ name: spec.name });
    }
    expect(usageOf(COMMANDS.find((c) => c.name === 'trace')!)).toBe('trace PATH [--count N] [--duration S]');
    expect(usageOf(COMMANDS.find((c) => c.name === 'logs')!)).toBe('logs [-f|--follow] [--level error|warning|info|debug] [--task WORD] [-n|--lines N]');
  });
});
