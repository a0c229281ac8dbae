// The one timer behind every agent: order, cancellation, errors contained, close.
import { SharedScheduler } from '../../agents/sim/shared-scheduler';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('runs entries in due order, skips cancelled ones, survives a throwing one', async () => {
  const errors: unknown[] = [];
  const s = new SharedScheduler(Date.now, (e) => errors.push(e));
  const ran: string[] = [];
  s.after(60, () => ran.push('c'));
  s.after(20, () => ran.push('a'));
  const cancel = s.after(40, () => ran.push('cancelled'));
  s.after(30, () => { throw new Error('boom'); });
  s.after(50, () => {
    ran.push('b');
    s.after(0, () => ran.push('b2'));
  });
  cancel();
  await sleep(150);
  expect(ran).toEqual(['a', 'b', 'b2', 'c']);
  expect(errors).toHaveLength(1);
  expect(s.pending).toBe(0);
  s.close();
});

test('a thousand entries share one timer and close() drops them all', async () => {
  const s = new SharedScheduler();
  let n = 0;
  for (let i = 0; i < 1000; i++) s.after(i % 50, () => n++);
  await sleep(120);
  expect(n).toBe(1000);
  for (let i = 0; i < 10; i++) s.after(30, () => n++);
  s.close();
  s.after(0, () => n++);
  await sleep(60);
  expect(n).toBe(1000);
});
