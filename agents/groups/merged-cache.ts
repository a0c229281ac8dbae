// The merged.mg an agent should have, from the node's synced etc/shared/<group>/ folders, cached per
// group list for a short while (agents ask at every keep-alive; a group changes rarely).
import * as fs from 'fs';
import * as path from 'path';
import { buildAgentMergedMg, MergedMg, SharedFile } from './merged-mg';

const TTL_MS = 2_000;

export class MergedCache {
  private readonly cache = new Map<string, { at: number; merged: MergedMg | null }>();

  constructor(private readonly sharedDir: string, private readonly now: () => number = Date.now) {}

  /** null when none of the groups has a folder (nothing to push). */
  forGroups(groups: readonly string[]): MergedMg | null {
    const list = groups.length ? [...groups] : ['default'];
    const key = list.join(',');
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.merged;
    const parts = list.map((group) => ({ group, files: readGroup(path.join(this.sharedDir, group)) }))
      .filter((p): p is { group: string; files: SharedFile[] } => p.files !== null);
    const arConfFile = path.join(this.sharedDir, 'ar.conf');
    const merged = parts.length
      ? buildAgentMergedMg(parts, { arConf: fs.existsSync(arConfFile) ? fs.readFileSync(arConfFile) : null })
      : null;
    this.cache.set(key, { at: this.now(), merged });
    return merged;
  }

  /** After a sync changed etc/shared: rebuild on the next ask. */
  invalidate(): void {
    this.cache.clear();
  }
}

function readGroup(dir: string): SharedFile[] | null {
  let top: fs.Dirent[];
  try {
    top = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  const files: SharedFile[] = [];
  const walk = (abs: string, rel: string, entries: fs.Dirent[]) => {
    for (const e of entries) {
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(childAbs, childRel, fs.readdirSync(childAbs, { withFileTypes: true }));
      else if (e.isFile()) files.push({ relativePath: childRel, bytes: fs.readFileSync(childAbs) });
    }
  };
  walk(dir, '', top);
  return files;
}
