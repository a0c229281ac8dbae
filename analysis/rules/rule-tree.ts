// Placing rules in the tree (Wazuh's OS_AddChild/_AddtoRule/OS_AddRuleInfo/OS_MarkID/
// OS_MarkGroup): template rules (id < 10) at the top, every other rule under its if_sid,
// if_group or if_level parents or under its category's template, siblings ordered by level.
import { execOsMatch } from '../patterns/os-match';
import { Problem } from '../problems';
import { Rule, RuleNode } from './rule-types';

export interface RuleTree {
  roots: RuleNode[];
  byId: Map<number, Rule>;
  /** Number of event-history lists the engine state must hold (list 0: every alerted event). */
  historyLists: number;
  /** Whether a rule searches list 0 (if_matched_regex); when none does it is not kept. */
  usesEventList: boolean;
  /** Every node holding each rule (a rule with several parents has several): if_sid children go under all. */
  nodesById: Map<number, RuleNode[]>;
}

export function emptyRuleTree(): RuleTree {
  return { roots: [], byId: new Map(), historyLists: 1, usesEventList: false, nodesById: new Map() };
}

function insertSorted(list: RuleNode[], rule: Rule, tree: RuleTree): RuleNode {
  const node: RuleNode = { rule, children: [] };
  const same = tree.nodesById.get(rule.id);
  if (same) same.push(node); else tree.nodesById.set(rule.id, [node]);
  const at = list.findIndex((n) => rule.sortLevel > n.rule.sortLevel);
  if (at < 0) list.push(node); else list.splice(at, 0, node);
  return node;
}

function* walk(nodes: RuleNode[]): Generator<RuleNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** Adds one rule; returns a problem when Wazuh would skip it. */
export function placeRule(tree: RuleTree, rule: Rule): Problem | null {
  const where = { file: rule.file, line: rule.line };
  const existing = tree.byId.get(rule.id);
  if (existing) {
    if (!rule.overwrite) return { severity: 'warning', ...where, message: `duplicate rule id ${rule.id} without overwrite="yes": rule skipped (first defined in ${existing.file}:${existing.line})` };
    overwriteRule(existing, rule);
    return null;
  }
  let warning: Problem | null = null;
  if (rule.overwrite) warning = { severity: 'warning', ...where, message: `rule ${rule.id} has overwrite="yes" but no rule ${rule.id} exists: added as a new rule` };
  if (rule.id < 10) {
    insertSorted(tree.roots, rule, tree);
  } else if (rule.ifSid !== undefined) {
    const sids = rule.ifSid.split(/[ ,]+/).filter(Boolean).map(Number);
    const missing: number[] = [];
    let added = 0;
    for (const sid of sids) {
      const parents = tree.nodesById.get(sid);
      if (!parents) { missing.push(sid); continue; }
      for (const parent of [...parents]) {
        rule.category = parent.rule.category;
        insertSorted(parent.children, rule, tree);
      }
      added++;
    }
    if (!added) return { severity: 'warning', ...where, message: `rule ${rule.id}: if_sid ${missing.join(',')} names no loaded rule: rule skipped` };
    if (missing.length) warning = { severity: 'warning', ...where, message: `rule ${rule.id}: if_sid ${missing.join(',')} not found and ignored` };
  } else if (rule.ifLevel !== undefined) {
    const lv = Number(rule.ifLevel) * 100;
    const targets = [...walk(tree.roots)].filter((n) => n.rule.sortLevel >= lv && n.rule.id !== rule.id);
    if (!lv || !targets.length) return { severity: 'warning', ...where, message: `rule ${rule.id}: no rule of level ${rule.ifLevel} or more for if_level: rule skipped` };
    for (const n of targets) insertSorted(n.children, rule, tree);
  } else if (rule.ifGroup !== undefined) {
    const g = rule.ifGroup.toLowerCase();
    const targets = [...walk(tree.roots)].filter((n) => n.rule.groupString.toLowerCase().includes(g) && n.rule.id !== rule.id);
    if (!targets.length) return { severity: 'warning', ...where, message: `rule ${rule.id}: no rule in the group its if_group names: rule skipped` };
    for (const n of targets) insertSorted(n.children, rule, tree);
  } else {
    const template = tree.roots.find((n) => n.rule.category === rule.category);
    if (!template) return { severity: 'warning', ...where, message: `rule ${rule.id}: no template rule for category ${rule.category}: rule skipped` };
    insertSorted(template.children, rule, tree);
  }
  tree.byId.set(rule.id, rule);
  linkHistory(tree, rule);
  return warning;
}

/** Which event history a context rule searches, and which rules record into it. */
function linkHistory(tree: RuleTree, rule: Rule): void {
  if (rule.ifMatchedSid !== undefined) {
    const target = tree.byId.get(rule.ifMatchedSid);
    if (!target) return; // Wazuh leaves the search empty: the rule can never fire
    let list = target.sidList;
    if (list === undefined) {
      list = tree.historyLists++;
      target.sidList = list;
    }
    rule.search = { kind: 'sids', list };
  } else if (rule.ifMatchedGroup) {
    const list = tree.historyLists++;
    rule.search = { kind: 'groups', list };
    for (const n of walk(tree.roots)) {
      if (execOsMatch(rule.ifMatchedGroup, n.rule.groupString) && !n.rule.recordIn.includes(list)) n.rule.recordIn.push(list);
    }
  } else if (rule.context) {
    rule.search = { kind: 'events', list: 0 };
    tree.usesEventList = true;
  }
}

/** overwrite="yes": the new definition replaces the old one in place (its tree position stays). */
function overwriteRule(old: Rule, neu: Rule): void {
  const keep = { id: old.id, category: old.category, search: old.search, recordIn: old.recordIn, sidList: old.sidList, ifSid: old.ifSid, ifGroup: old.ifGroup, ifLevel: old.ifLevel, sortLevel: old.sortLevel };
  Object.assign(old, neu, keep);
}
