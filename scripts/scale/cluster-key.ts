// cluster-key.ts: the topology's cluster key; a key_file that does not exist yet is created with a new
// key, mode 0600 (as `warden keygen --out` does), so every node this topology renders shares it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KEY } from '../../config/checks';
import type { Topology } from '../../config/topology';
import { writePrivateFile } from '../../lib/private-files';
import { generateKey } from '../keygen';

/** Returns the key; `say` hears when a key file was created. Throws with the file named when it is unusable. */
export function ensureClusterKey(t: Topology, say: (line: string) => void): string {
  const k = t.cluster.key;
  if ('inline' in k) return k.inline;
  if (!fs.existsSync(k.file)) {
    fs.mkdirSync(path.dirname(k.file), { recursive: true, mode: 0o750 });
    try {
      writePrivateFile(k.file, `${generateKey()}\n`);
      say(`Created the cluster key file ${k.file} (mode 0600).`);
    } catch (err) {
      // Another command made it in the meantime: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const r = KEY.parse(fs.readFileSync(k.file, 'utf8').trim());
  if (!r.ok) throw new Error(`cluster.key_file ${k.file} ${r.what}`);
  return r.value;
}
