// tree-maker.ts: builds synced trees of N files / M bytes quickly, for tests and benches.
// Content is a pseudo-random block (seeded) with the file's index in front, so every file differs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SYNCED_DIRS } from '../../config/synced-dirs';

export interface TreeSpec {
  files: number;
  totalBytes: number;
  /** Synced folders to spread files over; default: all of SYNCED_DIRS. */
  roots?: readonly string[];
  /** Files per subfolder; default 100. */
  perFolder?: number;
  seed?: number;
  mode?: number;
}

export interface MadeTree {
  /** data_dir-relative paths, in creation order. */
  paths: string[];
  bytes: number;
}

export async function makeTree(dataDir: string, spec: TreeSpec): Promise<MadeTree> {
  const roots = spec.roots ?? SYNCED_DIRS.map((d) => d.dir);
  const perFolder = Math.max(1, spec.perFolder ?? 100);
  const avg = spec.files > 0 ? Math.floor(spec.totalBytes / spec.files) : 0;
  const block = pseudoRandom(Math.max(64, avg * 2 + 64), spec.seed ?? 1);
  const paths: string[] = [];
  let bytes = 0;
  const folders = new Set<string>();
  const files: { abs: string; body: Buffer }[] = [];
  for (let i = 0; i < spec.files; i++) {
    const root = roots[i % roots.length];
    const folder = `${root}/d${Math.floor(i / roots.length / perFolder)}`;
    const rel = `${folder}/file-${i}.txt`;
    // Sizes vary from half to one and a half times the average, and still add up to about totalBytes.
    const size = avg === 0 ? 0 : Math.floor(avg / 2 + ((i * 7919) % (avg + 1)));
    const header = Buffer.from(`${i}\n`);
    const body = Buffer.concat([header, block.subarray(0, Math.max(0, size - header.length))]).subarray(0, size);
    paths.push(rel);
    bytes += body.length;
    folders.add(path.join(dataDir, ...folder.split('/')));
    files.push({ abs: path.join(dataDir, ...rel.split('/')), body });
  }
  for (const f of folders) await fs.promises.mkdir(f, { recursive: true });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => fs.promises.writeFile(f.abs, f.body, { mode: spec.mode ?? 0o640 })));
  }
  return { paths, bytes };
}

/** Rewrites the given files with new content (a bench's "100 files changed"). */
export async function rewriteFiles(dataDir: string, rels: readonly string[], tag: string): Promise<void> {
  for (let i = 0; i < rels.length; i += 64) {
    await Promise.all(
      rels.slice(i, i + 64).map((rel) => fs.promises.writeFile(path.join(dataDir, ...rel.split('/')), `${tag} ${rel}\n`)),
    );
  }
}

function pseudoRandom(size: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    b[i] = 32 + (x % 95); // printable: a text-like corpus compresses like rules and lists do
  }
  return b;
}
