// A ruleset built from parsed files (pure): decoders, rules and CDB lists, with every problem
// found on the way. File reading lives in ruleset-load.ts.
import { XmlNode, XmlSyntaxError, parseXml } from './xml/xml-reader';
import { applyVariables } from './xml/xml-vars';
import { DecoderSet, INTERNAL_DECODERS } from './decoders/decoder-types';
import { emptyDecoderSet, loadDecoderFile } from './decoders/decoder-load';
import { CdbList, parseCdbList } from './lists/cdb';
import { buildRule, RuleError, RuleSkip } from './rules/rule-load';
import { emptyRuleTree, placeRule, RuleTree } from './rules/rule-tree';
import { PatternError } from './patterns/os-match';
import { Problem } from './problems';

export interface Ruleset {
  decoders: DecoderSet;
  rules: RuleTree;
  lists: Map<string, CdbList>;
}

export interface SourceFile { path: string; text: string }

export interface RulesetSources {
  decoders: SourceFile[];
  rules: SourceFile[];
  /** List files keyed by the path rules use (etc/lists/<relative path>). */
  lists: SourceFile[];
  /** Lets a caller adjust a file's XML before it is read (the ruleset tests patch rule 60000). */
  transform?: (file: string, roots: XmlNode[]) => void;
}

function readXml(f: SourceFile, problems: Problem[], transform?: RulesetSources['transform']): XmlNode[] | null {
  try {
    const { roots, problems: varProblems } = applyVariables(parseXml(f.text));
    for (const p of varProblems) problems.push({ severity: 'error', file: f.path, line: p.line, message: p.message });
    transform?.(f.path, roots);
    return roots;
  } catch (err) {
    if (!(err instanceof XmlSyntaxError)) throw err;
    problems.push({ severity: 'error', file: f.path, line: err.line, message: `malformed XML: ${err.message}` });
    return null;
  }
}

export function buildRuleset(src: RulesetSources): { ruleset: Ruleset; problems: Problem[] } {
  const problems: Problem[] = [];
  const decoders = emptyDecoderSet();
  for (const name of INTERNAL_DECODERS) decoders.names.add(name);
  for (const f of src.decoders) {
    const roots = readXml(f, problems, src.transform);
    if (roots) problems.push(...loadDecoderFile(decoders, roots, f.path));
  }
  const lists = new Map<string, CdbList>();
  for (const f of src.lists) lists.set(f.path, parseCdbList(f.text));
  const rules = emptyRuleTree();
  for (const f of src.rules) {
    const roots = readXml(f, problems, src.transform);
    if (roots) loadRuleFile(rules, roots, f.path, decoders, lists, problems);
  }
  return { ruleset: { decoders, rules, lists }, problems };
}

function loadRuleFile(tree: RuleTree, roots: XmlNode[], file: string, decoders: DecoderSet, lists: Map<string, CdbList>, problems: Problem[]): void {
  for (const group of roots) {
    if (group.name.toLowerCase() !== 'group') {
      problems.push({ severity: 'error', file, line: group.line, message: `invalid root element <${group.name}>: only <group> is allowed` });
      continue;
    }
    const name = group.attrs.find(([k]) => k.toLowerCase() === 'name')?.[1];
    if (name === undefined || group.attrs.length !== 1) {
      problems.push({ severity: 'error', file, line: group.line, message: '<group> takes exactly one attribute, name' });
      continue;
    }
    for (const el of group.children) {
      if (el.name.toLowerCase() !== 'rule') {
        problems.push({ severity: 'error', file, line: el.line, message: `invalid element <${el.name}> in <group>: only <rule> is allowed` });
        continue;
      }
      try {
        const rule = buildRule(el, name, file, problems);
        if (rule.decodedAs !== undefined && !decoders.names.has(rule.decodedAs)) throw new RuleError('decoded_as names no loaded decoder');
        const missing = rule.lists.find((l) => !lists.has(l.path));
        if (missing) throw new RuleSkip(`a <list> names a list that is not loaded: rule ${rule.id} skipped`);
        const p = placeRule(tree, rule);
        if (p) problems.push(p);
      } catch (err) {
        if (err instanceof RuleSkip) problems.push({ severity: 'warning', file, line: el.line, message: err.message });
        else if (err instanceof RuleError || err instanceof PatternError) {
          const id = el.attrs.find(([k]) => k === 'id')?.[1];
          // The id only when it is one: a bad id attribute is file content like any other value.
          problems.push({ severity: 'error', file, line: el.line, message: `rule ${id && /^\d{1,6}$/.test(id) ? id : '?'}: ${err.message}` });
        } else throw err;
      }
    }
  }
}
