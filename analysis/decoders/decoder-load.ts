// Builds decoders from the XML of one decoder file (Wazuh's ReadDecodeXML + OS_AddOSDecoder).
// Pure: takes parsed XML, adds to a DecoderSet, returns the problems with their lines.
import { XmlNode, attr } from '../xml/xml-reader';
import { compileExpression, ExpressionType, parseExpressionType, PatternError } from '../patterns/expression';
import { Problem } from '../problems';
import { DecoderInfo, DecoderNode, DecoderSet, DecoderType, DECODER_TYPES, Offset, PLUGINS, PluginName } from './decoder-types';

export function emptyDecoderSet(): DecoderSet {
  return { withProgramName: [], withoutProgramName: [], names: new Set() };
}

const STATIC_ORDER: Record<string, string> = {
  user: 'dstuser', dstuser: 'dstuser', srcuser: 'srcuser', srcip: 'srcip', dstip: 'dstip', srcport: 'srcport',
  dstport: 'dstport', protocol: 'protocol', action: 'action', id: 'id', url: 'url', data: 'data',
  extra_data: 'extra_data', status: 'status', system_name: 'system_name',
};

class DecoderError extends Error {}

export function loadDecoderFile(set: DecoderSet, roots: XmlNode[], file: string): Problem[] {
  const problems: Problem[] = [];
  for (const node of roots) {
    try {
      const info = buildDecoder(node, file);
      addDecoder(set, info);
    } catch (err) {
      if (!(err instanceof DecoderError || err instanceof PatternError)) throw err;
      problems.push({ severity: 'error', file, line: node.line, message: `decoder: ${err.message}` });
    }
  }
  return problems;
}

function parseOffset(node: XmlNode, what: string): Offset | undefined {
  const v = attr(node, 'offset');
  if (v === undefined) return undefined;
  if (v === 'after_parent' || v === 'after_prematch' || v === 'after_regex') return v;
  throw new DecoderError(`invalid offset for <${what}> (after_parent, after_prematch or after_regex expected)`);
}

function buildDecoder(node: XmlNode, file: string): DecoderInfo {
  if (node.name.toLowerCase() !== 'decoder') throw new DecoderError(`invalid root element <${node.name}>: only <decoder> is allowed`);
  const name = attr(node, 'name');
  if (!name) throw new DecoderError('<decoder> needs a name attribute');
  for (const [k] of node.attrs) if (!['name', 'status', 'id', 'type'].includes(k.toLowerCase())) throw new DecoderError(`unknown attribute ${k}`);
  const info: DecoderInfo = {
    name, ownName: name, type: 'syslog', order: [], fts: [], jsonNull: 'string', jsonArray: 'array',
    useOwnName: false, accumulate: false, getNext: false, file, line: node.line,
  };
  let regex = '', prematch = '', pname = '';
  let regexType: ExpressionType = 'osregex', prematchType: ExpressionType = 'osregex', pnameType: ExpressionType = 'osmatch';
  let hasOrder = false;
  for (const el of node.children) {
    const tag = el.name.toLowerCase();
    const text = el.text;
    switch (tag) {
      case 'parent': info.parent = (info.parent ?? '') + text; break;
      case 'regex': {
        const off = parseOffset(el, tag);
        if (regex && off) throw new DecoderError('only the first <regex> may have an offset');
        if (off) info.regexOffset = off;
        const t = parseExpressionType(attr(el, 'type'));
        regexType = t === 'osregex' || t === 'pcre2' ? t : 'osregex';
        regex += text;
        break;
      }
      case 'prematch': {
        const off = parseOffset(el, tag);
        if (prematch && off) throw new DecoderError('only the first <prematch> may have an offset');
        if (off) info.prematchOffset = off;
        const t = parseExpressionType(attr(el, 'type'));
        prematchType = t === 'osregex' || t === 'pcre2' ? t : 'osregex';
        prematch += text;
        break;
      }
      case 'program_name': {
        const t = parseExpressionType(attr(el, 'type'));
        pnameType = t ?? 'osmatch';
        pname += text;
        break;
      }
      case 'ftscomment': info.ftsComment = text; break;
      case 'use_own_name': info.useOwnName = text === 'true'; break;
      case 'plugin_decoder':
        if (!PLUGINS.includes(text as PluginName)) throw new DecoderError('unknown <plugin_decoder>');
        info.plugin = text as PluginName;
        info.pluginOffset = parseOffset(el, tag);
        break;
      case 'json_null_field':
        info.jsonNull = text.toLowerCase() === 'discard' ? 'discard' : text.toLowerCase() === 'string' ? 'string' : 'empty';
        break;
      case 'json_array_structure': info.jsonArray = text.toLowerCase() === 'csv' ? 'csv' : 'array'; break;
      case 'type':
        if (!DECODER_TYPES.includes(text as DecoderType)) throw new DecoderError('invalid decoder <type>');
        info.type = text as DecoderType;
        break;
      case 'order': {
        hasOrder = true;
        for (const raw of text.split(',')) {
          const w = raw.trim().split(' ')[0];
          if (!w) throw new DecoderError('an empty field in <order>');
          info.order.push(STATIC_ORDER[w] ?? w);
        }
        break;
      }
      case 'accumulate': info.accumulate = true; break;
      case 'fts':
        for (const raw of text.split(',')) {
          const w = raw.trim();
          if (!w) throw new DecoderError('an empty field in <fts>');
          info.fts.push(w === 'user' ? 'dstuser' : w);
        }
        break;
      default:
        throw new DecoderError(`invalid element <${el.name}> (line ${el.line})`);
    }
  }
  if (!prematch && !info.parent && !pname) throw new DecoderError('a decoder without a parent needs <prematch> or <program_name>');
  if ((!regex && (info.fts.length || hasOrder)) || (regex && !hasOrder)) throw new DecoderError('<regex> and <order> go together');
  if (info.regexOffset === 'after_parent' && !info.parent) throw new DecoderError('offset after_parent needs a <parent>');
  if (info.regexOffset === 'after_prematch') {
    if (!info.parent) info.regexOffset = 'after_parent';
    else if (!prematch) throw new DecoderError('offset after_prematch needs a <prematch>');
  }
  if (info.regexOffset === 'after_regex' && (!info.parent || !regex)) throw new DecoderError('offset after_regex needs a <parent> and a <regex>');
  if (info.prematchOffset && (info.prematchOffset !== 'after_parent' || !info.parent)) throw new DecoderError('a <prematch> offset can only be after_parent, in a child decoder');
  if (info.pluginOffset === 'after_parent' && !info.parent) throw new DecoderError('plugin offset after_parent needs a <parent>');
  if (info.pluginOffset === 'after_prematch' && !prematch) throw new DecoderError('plugin offset after_prematch needs a <prematch>');
  for (const f of info.fts) {
    if (!['dstuser', 'srcuser', 'srcip', 'dstip', 'id', 'location', 'data', 'extra_data', 'system_name', 'name'].includes(f) && !info.order.some((o) => o.toLowerCase() === f.toLowerCase())) {
      throw new DecoderError('an <fts> field is not decoded (not in <order>)');
    }
  }
  if (prematch) info.prematch = compileExpression(prematchType, prematch);
  if (pname) info.programName = compileExpression(pnameType, pname);
  if (regex) info.regex = compileExpression(regexType, regex);
  if (info.plugin && (info.regex || hasOrder)) throw new DecoderError('a plugin decoder cannot have <regex> or <order>');
  return info;
}

function addDecoder(set: DecoderSet, info: DecoderInfo): void {
  set.names.add(info.ownName);
  if (info.parent) {
    let added = false;
    for (const list of [set.withProgramName, set.withoutProgramName]) {
      for (const p of list) {
        if (p.info.ownName !== info.parent) continue;
        p.children = addSibling(p.children, info, p.info);
        added = true;
      }
    }
    if (!added) throw new DecoderError('parent decoder not found (no decoder before it has the name its <parent> gives)');
    return;
  }
  const list = info.programName ? set.withProgramName : set.withoutProgramName;
  if (info.regexOffset === 'after_regex') throw new DecoderError('offset after_regex needs an earlier decoder of the same name');
  list.push({ info, children: [] });
}

function addSibling(siblings: DecoderNode[], info: DecoderInfo, parent: DecoderInfo): DecoderNode[] {
  let chained = false;
  for (const s of siblings) {
    if (s.info.ownName !== info.ownName) continue;
    if ((s.info.prematch || s.info.regex) && info.regexOffset) chained = true;
    if (info.prematch) throw new DecoderError('a decoder extending a sibling of the same name cannot have <prematch>');
    if (info.fts.length) throw new DecoderError('a decoder extending a sibling of the same name cannot have <fts>');
    if ((s.info.regex || s.info.plugin) && (info.regex || info.plugin)) s.info.getNext = true;
    else throw new DecoderError('duplicate decoder name');
  }
  if (!chained && info.regexOffset === 'after_regex') throw new DecoderError('offset after_regex needs an earlier decoder of the same name');
  // The reported name is the parent's unless the child asks for its own.
  if (!info.useOwnName) info.name = parent.name;
  return [...siblings, { info, children: [] }];
}
