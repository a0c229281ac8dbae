// scale-lock.ts: one `scale apply` or `scale down` at a time per base_dir. The lock file holds the
// holder's pid; a lock whose holder is gone (crashed, killed) is taken over.
import * as fs from 'node:fs';
import { inspectPid } from './process-identity';

export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
}

export interface ScaleLock {
  release(): void;
}

export function acquireScaleLock(file: string, what: string): ScaleLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n${what}\n`, { flag: 'wx', mode: 0o644 });
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release); // also when the command exits early
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const [pidText, holder] = fs.readFileSync(file, 'utf8').split('\n');
    const pid = Number(pidText);
    if (inspectPid(pid, ['scale']).state === 'ours') {
      throw new LockBusyError(`another \`warden scale ${holder || ''}\` (pid ${pid}) is working on this base_dir; wait for it to finish (lock ${file})`);
    }
    fs.rmSync(file, { force: true }); // its holder is gone: take it over
  }
  throw new LockBusyError(`could not take the lock ${file}: another command keeps taking it`);
}
