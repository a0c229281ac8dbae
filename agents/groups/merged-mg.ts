// merged.mg, the one file an agent downloads for its group(s), built as remoted's c_group and
// c_multi_group build it. Pure: the caller lists and reads the files of etc/shared/<group>/.
//
//   #<group>\n                              (a multigroup's tag is the first 8 hex of sha256("g1,g2"))
//   !<size> ar.conf\n<bytes>                 (etc/shared/ar.conf, when the caller has one)
//   !<size> <relative path>\n<bytes>         (each file, sorted byte-wise per path component)
import { createHash } from 'node:crypto';

export interface SharedFile {
  /** Path inside the group folder, `/`-separated, e.g. `agent.conf` or `rules/local.xml`. */
  relativePath: string;
  bytes: Buffer;
}

export interface MergedMg {
  content: Buffer;
  md5: string;
  /** Paths written, in order. */
  included: string[];
  /** Left out as remoted leaves them out ('hidden', 'merged', 'binary'), or not read at all (why, in words). */
  skipped: Array<{ path: string; reason: string }>;
}

interface MergeOptions {
  /** The bytes of etc/shared/ar.conf, merged first when present. */
  arConf?: Buffer | null;
}

export const MERGED_NAME = 'merged.mg';
const FGETS_LIMIT = 65536;

/**
 * Wazuh's checkBinaryFile: reading line by line as fgets does (at most 65536 bytes at a time), a
 * piece that ends in a newline and holds a NUL byte makes the file binary. A NUL in a final piece
 * without a newline is not seen, exactly as in Wazuh.
 */
export function isWazuhBinaryFile(bytes: Buffer): boolean {
  let off = 0;
  while (off < bytes.length) {
    const nl = bytes.indexOf(0x0a, off);
    const end = nl < 0 || nl - off + 1 > FGETS_LIMIT ? Math.min(off + FGETS_LIMIT, bytes.length) : nl + 1;
    if (bytes[end - 1] === 0x0a && bytes.subarray(off, end - 1).includes(0)) return true;
    off = end;
  }
  return false;
}

function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = Buffer.compare(Buffer.from(x[i]!, 'utf8'), Buffer.from(y[i]!, 'utf8'));
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

function skipReason(path: string): 'hidden' | 'merged' | null {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.'))) return 'hidden';
  // remoted skips every top-level name that starts with merged.mg (merged.mg.tmp too).
  if (parts.length === 1 && parts[0]!.startsWith(MERGED_NAME)) return 'merged';
  return null;
}

function entry(path: string, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`!${bytes.length} ${path}\n`, 'utf8'), bytes]);
}

/** merged.mg of one group (or of a multigroup's combined folder, with its hash as the tag). */
export function buildMergedMg(tag: string, files: SharedFile[], options: MergeOptions = {}): MergedMg {
  const parts: Buffer[] = [Buffer.from(`#${tag}\n`, 'utf8')];
  const included: string[] = [];
  const skipped: MergedMg['skipped'] = [];
  if (options.arConf) {
    parts.push(entry('ar.conf', options.arConf));
    included.push('ar.conf');
  }
  for (const file of [...files].sort((a, b) => comparePaths(a.relativePath, b.relativePath))) {
    const reason = skipReason(file.relativePath) ?? (isWazuhBinaryFile(file.bytes) ? 'binary' : null);
    if (reason) {
      skipped.push({ path: file.relativePath, reason });
      continue;
    }
    parts.push(entry(file.relativePath, file.bytes));
    included.push(file.relativePath);
  }
  const content = Buffer.concat(parts);
  return { content, md5: createHash('md5').update(content).digest('hex'), included, skipped };
}

/** The folder name remoted gives a multigroup: the first 8 hex characters of sha256 of `g1,g2,...`. */
export function multigroupHash(groups: string[]): string {
  return createHash('sha256').update(groups.join(','), 'utf8').digest('hex').slice(0, 8);
}

/**
 * The combined folder of a multigroup: groups in order, a later group's file replacing an earlier
 * one's, and every group's agent.conf appended after a `<!-- Source file: <g>/agent.conf -->` line.
 * Hidden, merged and binary files of a group are left out before combining.
 */
export function combineMultigroup(groups: Array<{ group: string; files: SharedFile[] }>): SharedFile[] {
  const combined = new Map<string, Buffer>();
  const agentConf: Buffer[] = [];
  for (const { group, files } of groups) {
    for (const file of files) {
      if (skipReason(file.relativePath) || isWazuhBinaryFile(file.bytes)) continue;
      if (file.relativePath === 'agent.conf') {
        agentConf.push(Buffer.from(`<!-- Source file: ${group}/agent.conf -->\n`, 'utf8'), file.bytes);
      } else {
        combined.set(file.relativePath, file.bytes);
      }
    }
  }
  if (agentConf.length > 0) combined.set('agent.conf', Buffer.concat(agentConf));
  return [...combined].map(([relativePath, bytes]) => ({ relativePath, bytes }));
}

/** merged.mg for an agent in one or more groups. */
export function buildAgentMergedMg(groups: Array<{ group: string; files: SharedFile[] }>, options: MergeOptions = {}): MergedMg {
  if (groups.length === 1) return buildMergedMg(groups[0]!.group, groups[0]!.files, options);
  if (groups.length === 0) throw new RangeError('an agent has at least one group');
  return buildMergedMg(multigroupHash(groups.map((g) => g.group)), combineMultigroup(groups), options);
}
