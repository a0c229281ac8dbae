// chattr.ts: root ignores file modes, so tests make a folder unwritable with `chattr +i` (and undo it in
// cleanup). Where that cannot work, the tests that need it are skipped, saying so.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function chattrWorks(): boolean {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-chattr-'));
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false; // no chattr, no CAP_LINUX_IMMUTABLE, or a file system without the flag
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
