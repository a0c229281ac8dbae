// rendered-file.ts: what `warden scale render` produces: files by relative path, printed or written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writePrivateFile } from '../../lib/private-files';

export interface RenderedFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
  /** Holds a secret (the cluster key): written 0600. */
  secret?: boolean;
}

/** Writes each file under `dir` (created as needed); returns the paths written. */
export function writeRenderedFiles(dir: string, files: readonly RenderedFile[]): string[] {
  const root = path.resolve(dir);
  return files.map((f) => {
    const target = path.resolve(root, f.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`refusing to write ${f.path} outside ${root}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (f.secret) writePrivateFile(target, f.content, true);
    else fs.writeFileSync(target, f.content, { mode: 0o644 });
    return target;
  });
}
