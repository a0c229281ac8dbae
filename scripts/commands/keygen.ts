// `warden keygen [--out FILE] [--force]`: a new cluster key on stdout, or in FILE with mode 0600.
import { writePrivateFile } from '../../lib/private-files';
import { generateKey } from '../keygen';

export function keygenCommand(opts: { out?: string; force?: boolean }): void {
  const key = generateKey();
  if (!opts.out) {
    process.stdout.write(`${key}\n`);
    return;
  }
  try {
    writePrivateFile(opts.out, `${key}\n`, opts.force ?? false);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST'
      ? 'it exists, and replacing a cluster key locks out every node still holding it (add --force to replace it)'
      : (err as Error).message;
    process.stderr.write(`warden: cannot write the key to ${opts.out}: ${why}\n`);
    process.exit(1);
  }
  process.stderr.write(`Wrote a new cluster key to ${opts.out} (mode 0600). Point cluster.key_file at it on every node.\n`);
}
