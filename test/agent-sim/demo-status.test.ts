// The demo's status, pure: the simulated agents' words (startup moves are no failovers), and a frame
// redrawn in place on a terminal, printed one after another elsewhere, with notes kept in view.
import { failoversWhenUp, rowsOf, simStatusText, StatusScreen } from '../../scripts/commands/demo-status';

const figures = (connected: number, failovers: number) => ({ connected, eventsSent: 1200, pushesApplied: 50, failovers });

test.each<[string, number, number, number | null, string]>([
  ['still starting', 30, 12, null, 'simulated agents: 30/50 connected, 1200 events sent, 50 config pushes, starting up'],
  ['all up, the startup tries not counted', 50, 50, 50, 'simulated agents: 50/50 connected, 1200 events sent, 50 config pushes, 0 moved to another worker since all were up'],
  ['a worker lost since', 50, 75, 50, 'simulated agents: 50/50 connected, 1200 events sent, 50 config pushes, 25 moved to another worker since all were up'],
])('simStatusText: %s', (_name, connected, failovers, whenUp, want) => {
  const text = simStatusText(figures(connected, failovers), 50, whenUp);
  expect(text).toBe(want);
  expect(text).not.toMatch(/failover/);
});

test.each<[string, number | null, number, number, number | null]>([
  ['not all connected yet', null, 49, 12, null],
  ['the whole fleet connected: remembered', null, 50, 12, 12],
  ['kept once set, whatever happens after', 12, 20, 40, 12],
])('failoversWhenUp: %s', (_name, previous, connected, failovers, want) => {
  expect(failoversWhenUp(previous, figures(connected, failovers), 50)).toBe(want);
});

test.each<[string, number, number]>([
  ['one line', 80, 1],
  ['a\nb\nc\n', 80, 3],
  ['x'.repeat(81), 80, 2],
  ['x'.repeat(160) + '\n\n', 80, 3],
  ['\u001b[1mbold\u001b[0m', 4, 1],
  ['┌──┐\n│ab│\n└──┘', 80, 3],
])('rowsOf(%j, %i) is %i', (text, columns, want) => {
  expect(rowsOf(text, columns)).toBe(want);
});

describe('StatusScreen', () => {
  test('on a terminal: each frame moves up over the last one and clears below it', () => {
    const s = new StatusScreen(true, () => 80);
    expect(s.frame('t1\nrow\nrow')).toBe('\nt1\nrow\nrow\n');
    expect(s.frame('t2\nrow')).toBe('\u001b[3A\r\u001b[0Jt2\nrow\n');
    expect(s.frame('t3\nrow\nrow\nrow')).toBe('\u001b[2A\r\u001b[0Jt3\nrow\nrow\nrow\n');
  });

  test('on a terminal: a wrapped line counts as the rows it takes', () => {
    let cols = 10;
    const s = new StatusScreen(true, () => cols);
    s.frame('x'.repeat(25));
    expect(s.frame('y')).toBe('\u001b[3A\r\u001b[0Jy\n');
    cols = 80;
    expect(s.frame('z')).toBe('\u001b[1A\r\u001b[0Jz\n');
  });

  test('on a terminal: a note stays, and the next frame is drawn below it', () => {
    const s = new StatusScreen(true, () => 80);
    s.frame('t1\nrow');
    expect(s.note('!! worker-1 exited')).toBe('!! worker-1 exited\n');
    expect(s.frame('t2\nrow')).toBe('\nt2\nrow\n');
    expect(s.frame('t3')).toBe('\u001b[2A\r\u001b[0Jt3\n');
  });

  test('elsewhere: frames follow one another, plain, with no escape codes', () => {
    const s = new StatusScreen(false);
    const out = [s.frame('t1\nrow'), s.frame('t2\nrow\n'), s.note('!! x'), s.frame('t3')];
    expect(out).toEqual(['\nt1\nrow\n', '\nt2\nrow\n', '!! x\n', '\nt3\n']);
    expect(out.join('')).not.toMatch(/\u001b/);
  });
});
