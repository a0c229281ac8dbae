// Lanes: never more than `width` tasks at once, the rest in order, and idle() once all have settled.
import { Lanes } from '../../lib/lanes';

/** A task that runs until released by hand. */
function gate(): { task: () => Promise<string>; release: (v: string) => void; fail: (e: Error) => void; started: boolean } {
  let resolve!: (v: string) => void, reject!: (e: Error) => void;
  const p = new Promise<string>((res, rej) => { resolve = res; reject = rej; });
  const g = { started: false, task: () => { g.started = true; return p; }, release: (v: string) => resolve(v), fail: (e: Error) => reject(e) };
  return g;
}
const turns = async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r)); };

test('runs at most width tasks at once, starts the next in order as one ends, and settles each as its task does', async () => {
  const lanes = new Lanes(2);
  const gates = [gate(), gate(), gate(), gate()];
  const results = gates.map((g) => lanes.run(g.task));
  await turns();
  expect(gates.map((g) => g.started)).toEqual([true, true, false, false]);
  expect(lanes.busy).toBe(4);
  gates[1].release('b');
  await expect(results[1]).resolves.toBe('b');
  await turns();
  expect(gates.map((g) => g.started)).toEqual([true, true, true, false]);
  gates[0].fail(new Error('a failed'));
  await expect(results[0]).rejects.toThrow('a failed');
  await turns();
  expect(gates[3].started).toBe(true);
  gates[2].release('c');
  gates[3].release('d');
  await expect(Promise.all(results.slice(2))).resolves.toEqual(['c', 'd']);
  expect(lanes.busy).toBe(0);
});

test('idle() waits for running and waiting tasks alike', async () => {
  const lanes = new Lanes(1);
  const a = gate(), b = gate();
  void lanes.run(a.task);
  const done = lanes.run(b.task);
  let idle = false;
  const waiting = lanes.idle().then(() => { idle = true; });
  a.release('a');
  await turns();
  expect(idle).toBe(false);
  b.release('b');
  await done;
  await waiting;
  expect(idle).toBe(true);
  await expect(lanes.idle()).resolves.toBeUndefined();
});

test('a width below one is refused', () => {
  expect(() => new Lanes(0)).toThrow(RangeError);
});
