// Reading a Wazuh ossec.conf: its <ossec_config> roots (one file may hold several) into sections, with the
// line of each element so that every problem and every note can point at it. Pure.
import { parseXml, XmlNode, XmlSyntaxError, attr } from '../../analysis/xml/xml-reader';

/** ossec.conf cannot be turned into a config: every problem, each naming its line and element. */
export class OssecImportError extends Error {
  override readonly name = 'OssecImportError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The top-level sections of every <ossec_config> root, in file order. */
export function ossecSections(text: string): XmlNode[] {
  let roots: XmlNode[];
  try {
    roots = parseXml(text);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new OssecImportError([`line ${err.line}: malformed XML: ${err.message.replace(/ \(line \d+\)$/, '')}`]);
    throw err;
  }
  if (roots.length === 0) throw new OssecImportError(['no <ossec_config> element: is this Wazuh\'s ossec.conf?']);
  const bad = roots.filter((r) => r.name !== 'ossec_config');
  if (bad.length) {
    throw new OssecImportError(bad.map((r) => `line ${r.line}: <${r.name}> where <ossec_config> was expected: is this Wazuh's ossec.conf?`));
  }
  return roots.flatMap((r) => r.children);
}

/** How an element is named in a message: `<wodle name="syscollector">`, or `<remote>`. */
export function label(node: XmlNode): string {
  const name = attr(node, 'name');
  return name === undefined ? `<${node.name}>` : `<${node.name} name="${name}">`;
}

/** The trimmed text of a leaf element; a problem when it holds elements instead. */
export function leafText(node: XmlNode, where: string, problems: string[]): string | undefined {
  if (node.children.length > 0) {
    problems.push(`line ${node.line}: ${where} holds elements (<${node.children[0].name}>) where a value was expected`);
    return undefined;
  }
  return node.text.trim();
}

/** A setting's value for comparing with a known one: a leaf's text, or a block's leaves as "k=v,k=v". */
export function settingValue(node: XmlNode): string {
  if (node.children.length === 0) return node.text.trim();
  return node.children.map((c) => `${c.name}=${settingValue(c)}`).join(',');
}

/** Wazuh's booleans: yes or no (any case); anything else is a problem naming the element. */
export function yesNo(node: XmlNode, where: string, problems: string[]): boolean | undefined {
  const v = leafText(node, where, problems);
  if (v === undefined) return undefined;
  if (/^yes$/i.test(v)) return true;
  if (/^no$/i.test(v)) return false;
  problems.push(`line ${node.line}: ${where} is ${JSON.stringify(v)} (expected yes or no)`);
  return undefined;
}

/** A port number 1..65535, or a problem naming the element. */
export function portOf(node: XmlNode, where: string, problems: string[]): number | undefined {
  const v = leafText(node, where, problems);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (/^\d{1,5}$/.test(v) && n >= 1 && n <= 65535) return n;
  problems.push(`line ${node.line}: ${where} is ${JSON.stringify(v)} (expected a port, 1-65535)`);
  return undefined;
}
