// compiled-entry.ts: where a thread's entry module is. Threads run compiled JavaScript only: no loader
// transpiles TypeScript at run time. From dist/ the entry is the .js beside its caller; from the .ts
// sources (ts-jest) it is the same file under <root>/dist, which `npm run build` makes.
import * as fs from 'node:fs';
import * as path from 'node:path';

class CompiledEntryMissingError extends Error {
  override readonly name = 'CompiledEntryMissingError';
}

const ROOT = path.resolve(__dirname, '..');

/** The compiled `<name>.js` in the caller's folder; `callerFile` is the caller's `__filename`. */
export function compiledEntry(callerFile: string, name: string): string {
  if (!callerFile.endsWith('.ts')) return path.join(path.dirname(callerFile), `${name}.js`);
  const file = path.join(ROOT, 'dist', path.relative(ROOT, path.dirname(callerFile)), `${name}.js`);
  if (!fs.existsSync(file)) {
    throw new CompiledEntryMissingError(`${file} is missing: threads start from compiled JavaScript; run \`npm run build\` first`);
  }
  return file;
}
