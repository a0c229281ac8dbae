// epoch-floor.ts: the highest leadership epoch this worker has accepted, kept across runs in
// <data_dir>/queue/cluster/leader-epoch. A master whose epoch is lower led before a newer leader did: it
// is fenced, and the worker refuses it, whatever it still believes. Epoch 0 is a single master without
// etcd: accepted only while the worker has never followed an elected leader.
import * as fs from 'fs';
import * as path from 'path';

export function epochFloorPath(dataDir: string): string {
  return path.join(dataDir, 'queue', 'cluster', 'leader-epoch');
}

/** Pure: may a worker whose floor is `floor` follow a master of `epoch`? Null when it may, else why not. */
export function staleLeaderReason(epoch: number, floor: number): string | null {
  if (epoch >= floor) return null;
  if (epoch === 0) return `it runs without etcd (epoch 0), but this worker already followed an elected leader of epoch ${floor}`;
  return `its leadership (epoch ${epoch}) is older than one this worker already followed (epoch ${floor}): another master has led since`;
}

export class EpochFloor {
  private floor: number;

  /** `problem` hears a file that cannot be read: the floor then starts at 0 (refusing nothing), said loudly. */
  constructor(private readonly dataDir: string, problem: (text: string) => void) {
    this.floor = 0;
    const file = epochFloorPath(dataDir);
    try {
      const n = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isSafeInteger(n) && n >= 0) this.floor = n;
      else problem(`${file} does not hold an epoch; starting from 0`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') problem(`cannot read ${file}: ${(err as Error).message}; starting from 0`);
    }
  }

  get value(): number {
    return this.floor;
  }

  /** A master of `epoch` was accepted: the floor rises to it (written whole, before the worker follows it). */
  raise(epoch: number): void {
    if (epoch <= this.floor) return;
    const file = epochFloorPath(this.dataDir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${epoch}\n`, { mode: 0o640 });
    fs.renameSync(tmp, file);
    this.floor = epoch;
  }
}
