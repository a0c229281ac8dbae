import { SendLimiter } from '../../actors/agents/send-limiter';

/** A task the test finishes by hand, recording when it started. */
function gate(log: string[], name: string): { run: () => Promise<string>; finish: (fail?: boolean) => void } {
  let finish!: (fail?: boolean) => void;
  const done = new Promise<string>((resolve, reject) => { finish = (fail) => (fail ? reject(new Error(`${name} failed`)) : resolve(name)); });
  return { run: () => { log.push(`start ${name}`); return done; }, finish };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('SendLimiter', () => {
  test.each([0, -1, 1.5])('refuses a limit of %p', (limit) => {
    expect(() => new SendLimiter(limit)).toThrow(RangeError);
  });

  test('runs at most `limit` at once; the others wait their turn, in order, and none fails', async () => {
    const l = new SendLimiter(2);
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((n) => gate(log, n));
    const results = tasks.map((t) => l.run(t.run).then((v) => v, (e: Error) => e.message));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(l.stats()).toEqual({ running: 2, waiting: 2 });
    tasks[1].finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    tasks[0].finish(true); // a failure releases its slot too
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
    tasks[2].finish();
    tasks[3].finish();
    await expect(Promise.all(results)).resolves.toEqual(['a failed', 'b', 'c', 'd']);
    expect(l.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
