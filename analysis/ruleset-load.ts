// loadRuleset: reads ruleset folders (each with rules/, decoders/ and lists/ inside) and builds
// an Engine. The only part of the analysis library that touches the file system. Problems name the
// file and what is wrong with it, never its content (they land in logs that others read).
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from './engine';
import { buildRuleset, RulesetSources, SourceFile } from './ruleset';
import { Problem } from './problems';
import { kindOf, NotRegularFileError, readRegularFileSync } from '../lib/regular-file';
import type { XmlNode } from './xml/xml-reader';

interface LoadOptions {
  alertLevel?: number;
  transform?: (file: string, roots: XmlNode[]) => void;
  /** Extra XML files read after the folders' own (the ruleset tests add their test_* files). */
  extraDecoders?: string[];
  extraRules?: string[];
}

// The folders given (and their rules/, decoders/, lists/) are the admin's and may be symlinks; below
// them only regular files are read and real folders walked (lib/regular-file.ts): a FIFO would block the
// engine thread for good, and a symlink could reach anything on the host.
function entries(dir: string, problems: Problem[]): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return [];
    problems.push({ severity: 'error', file: dir, message: `cannot list: ${errnoOf(err)}` });
    return [];
  }
}

function skipped(file: string, ent: fs.Dirent, problems: Problem[]): void {
  problems.push({ severity: 'error', file, message: `skipped: ${new NotRegularFileError(kindOf(ent)).message}` });
}

function xmlFiles(dir: string, problems: Problem[]): string[] {
  const out: string[] = [];
  for (const ent of entries(dir, problems)) {
    if (!ent.name.endsWith('.xml')) continue;
    const full = path.join(dir, ent.name);
    if (ent.isFile()) out.push(full);
    else skipped(full, ent, problems);
  }
  return out;
}

function listFiles(dir: string, base: string, out: SourceFile[], problems: Problem[]): void {
  for (const ent of entries(dir, problems)) {
    if (ent.name.endsWith('.cdb') || ent.name.startsWith('.')) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) listFiles(full, base, out, problems);
    else if (!ent.isFile()) skipped(full, ent, problems);
    else {
      const rel = path.relative(base, full).split(path.sep).join('/');
      out.push({ path: `etc/lists/${rel}`, text: read(full, problems) ?? '' });
    }
  }
}

function read(file: string, problems: Problem[]): string | null {
  try {
    return readRegularFileSync(file).toString('utf8');
  } catch (err) {
    const why = err instanceof NotRegularFileError ? `skipped: ${err.message}` : `cannot read: ${errnoOf(err)}`;
    problems.push({ severity: 'error', file, message: why });
    return null;
  }
}

// The code alone: the message of a file-system error repeats the path, and nothing more is needed.
function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

export function loadRuleset(dirs: string[], opts: LoadOptions = {}): { engine: Engine; problems: Problem[] } {
  const problems: Problem[] = [];
  const src: RulesetSources = { decoders: [], rules: [], lists: [], transform: opts.transform };
  const take = (files: string[], into: SourceFile[]): void => {
    for (const f of files) { const text = read(f, problems); if (text !== null) into.push({ path: f, text }); }
  };
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) { problems.push({ severity: 'error', file: dir, message: 'ruleset folder does not exist' }); continue; }
    take(xmlFiles(path.join(dir, 'decoders'), problems), src.decoders);
    take(xmlFiles(path.join(dir, 'rules'), problems), src.rules);
    listFiles(path.join(dir, 'lists'), path.join(dir, 'lists'), src.lists, problems);
  }
  take(opts.extraDecoders ?? [], src.decoders);
  take(opts.extraRules ?? [], src.rules);
  const built = buildRuleset(src);
  return { engine: new Engine(built.ruleset, opts.alertLevel), problems: [...problems, ...built.problems] };
}
