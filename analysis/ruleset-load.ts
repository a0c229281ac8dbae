// loadRuleset: reads ruleset folders (each with rules/, decoders/ and lists/ inside) and builds
// an Engine. The only part of the analysis library that touches the file system.
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from './engine';
import { buildRuleset, RulesetSources, SourceFile } from './ruleset';
import { Problem } from './problems';
import type { XmlNode } from './xml/xml-reader';

interface LoadOptions {
  alertLevel?: number;
  transform?: (file: string, roots: XmlNode[]) => void;
  /** Extra XML files read after the folders' own (the ruleset tests add their test_* files). */
  extraDecoders?: string[];
  extraRules?: string[];
}

function xmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(dir, f));
}

function listFiles(dir: string, base: string, out: SourceFile[], problems: Problem[]): void {
  if (!fs.existsSync(dir)) return;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) listFiles(full, base, out, problems);
    else if (ent.isFile() && !ent.name.endsWith('.cdb') && !ent.name.startsWith('.')) {
      const rel = path.relative(base, full).split(path.sep).join('/');
      out.push({ path: `etc/lists/${rel}`, text: read(full, problems) ?? '' });
    }
  }
}

function read(file: string, problems: Problem[]): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ severity: 'error', file, message: `cannot read: ${(err as Error).message}` });
    return null;
  }
}

export function loadRuleset(dirs: string[], opts: LoadOptions = {}): { engine: Engine; problems: Problem[] } {
  const problems: Problem[] = [];
  const src: RulesetSources = { decoders: [], rules: [], lists: [], transform: opts.transform };
  const take = (files: string[], into: SourceFile[]): void => {
    for (const f of files) { const text = read(f, problems); if (text !== null) into.push({ path: f, text }); }
  };
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) { problems.push({ severity: 'error', file: dir, message: 'ruleset folder does not exist' }); continue; }
    take(xmlFiles(path.join(dir, 'decoders')), src.decoders);
    take(xmlFiles(path.join(dir, 'rules')), src.rules);
    listFiles(path.join(dir, 'lists'), path.join(dir, 'lists'), src.lists, problems);
  }
  take(opts.extraDecoders ?? [], src.decoders);
  take(opts.extraRules ?? [], src.rules);
  const built = buildRuleset(src);
  return { engine: new Engine(built.ruleset, opts.alertLevel), problems: [...problems, ...built.problems] };
}
