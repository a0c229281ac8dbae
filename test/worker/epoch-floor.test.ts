// Fencing on the worker: the highest leadership epoch followed, kept across runs; older masters refused.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EpochFloor, epochFloorPath, staleLeaderReason } from '../../actors/worker/epoch-floor';

describe('staleLeaderReason', () => {
  test.each<[number, number, RegExp | null]>([
    [0, 0, null],
    [5, 0, null],
    [5, 5, null],
    [6, 5, null],
    [4, 5, /epoch 4\) is older than one this worker already followed \(epoch 5\)/],
    [0, 5, /without etcd \(epoch 0\).*epoch 5/],
  ])('master epoch %i, floor %i', (epoch, floor, want) => {
    const r = staleLeaderReason(epoch, floor);
    if (want === null) expect(r).toBeNull();
    else expect(r).toMatch(want);
  });
});

describe('EpochFloor', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-epoch-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  test('starts at 0, rises only, and a new run reads what the last one followed', () => {
    const problems: string[] = [];
    const f = new EpochFloor(dir, (p) => problems.push(p));
    expect(f.value).toBe(0);
    f.raise(7);
    f.raise(3);
    expect(f.value).toBe(7);
    expect(new EpochFloor(dir, (p) => problems.push(p)).value).toBe(7);
    expect(problems).toEqual([]);
  });

  test('a file that holds no epoch is said, and the floor starts at 0', () => {
    fs.mkdirSync(path.dirname(epochFloorPath(dir)), { recursive: true });
    fs.writeFileSync(epochFloorPath(dir), 'garbage');
    const problems: string[] = [];
    expect(new EpochFloor(dir, (p) => problems.push(p)).value).toBe(0);
    expect(problems).toEqual([expect.stringMatching(/leader-epoch does not hold an epoch; starting from 0/)]);
  });
});
