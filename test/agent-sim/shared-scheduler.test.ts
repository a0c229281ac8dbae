// The one timer behind every agent: order, cancellation, errors contained, close. On a manual clock:
// nothing here sleeps, and every assertion is about the exact time a task ran.
import { SharedScheduler } from '../../agents/sim/shared-scheduler';
import { ManualClock } from '../helpers/manual-clock';

test('runs entries in due order at their time, skips cancelled ones, survives a throwing one', async () => {
  const clock = new ManualClock();
  const t0 = clock.now();
  const errors: unknown[] = [];
  const s = new SharedScheduler(clock, (e) => errors.push(e));
  const ran: string[] = [];
  const at = (name: string) => () => ran.push(`${name}@${clock.now() - t0}`);
  s.after(60, at('c'));
  s.after(20, at('a'));
  const cancel = s.after(40, at('cancelled'));
  s.after(30, () => { throw new Error('boom'); });
  s.after(50, () => {
    at('b')();
    s.after(0, at('b2'));
  });
  cancel();
  // Five entries, one clock timer: armed for the earliest.
  expect(clock.pending).toBe(1);
  expect(clock.nextAt()).toBe(t0 + 20);
  await clock.advance(19);
  expect(ran).toEqual([]);
  await clock.advance(1);
  expect(ran).toEqual(['a@20']);
  await clock.advance(130);
  expect(ran).toEqual(['a@20', 'b@50', 'b2@50', 'c@60']);
  expect(errors).toEqual([new Error('boom')]);
  expect(s.pending).toBe(0);
  expect(clock.pending).toBe(0);
  s.close();
});

test('a thousand entries share one timer and close() drops them all', async () => {
  const clock = new ManualClock();
  const s = new SharedScheduler(clock);
  let n = 0;
  for (let i = 0; i < 1000; i++) s.after(i % 50, () => n++);
  expect(clock.pending).toBe(1);
  // Due at 0..49 ms, 20 at each: by 48 ms all but the last 20 ran.
  await clock.advance(48);
  expect(n).toBe(980);
  expect(clock.pending).toBe(1);
  await clock.advance(1);
  expect(n).toBe(1000);
  expect(clock.pending).toBe(0);
  for (let i = 0; i < 10; i++) s.after(30, () => n++);
  expect(s.pending).toBe(10);
  s.close();
  expect(s.pending).toBe(0);
  expect(clock.pending).toBe(0); // the armed timer is cancelled too
  s.after(0, () => n++);
  expect(clock.pending).toBe(0);
  await clock.advance(60);
  expect(n).toBe(1000);
});

test('a burst of due entries runs 256 at a time, each batch in its own timer turn', async () => {
  const clock = new ManualClock();
  const s = new SharedScheduler(clock);
  let n = 0;
  for (let i = 0; i < 600; i++) s.after(10, () => n++);
  // advance() settles after each timer it fires: record how many entries had run by then.
  const seen: number[] = [];
  await clock.advance(10, async () => { seen.push(n); });
  expect(seen).toEqual([0, 256, 512, 600, 600]);
  expect(clock.pending).toBe(0);
  s.close();
});
