// Wazuh's XML variables: a root `<var name="X">value</var>` defines $X for the elements after it,
// in text and in attribute values. Pure: returns the roots without the var elements.
import { XmlNode, attr } from './xml-reader';

interface VarProblem { message: string; line: number }

export function applyVariables(roots: XmlNode[]): { roots: XmlNode[]; problems: VarProblem[] } {
  const vars = new Map<string, string>();
  const out: XmlNode[] = [];
  const problems: VarProblem[] = [];
  for (const node of roots) {
    if (node.name.toLowerCase() === 'var') {
      const name = attr(node, 'name');
      if (!name) problems.push({ message: '<var> without a name attribute', line: node.line });
      else vars.set(name, substitute(node.text, vars));
      continue;
    }
    if (vars.size) substituteTree(node, vars);
    out.push(node);
  }
  return { roots: out, problems };
}

function substituteTree(node: XmlNode, vars: Map<string, string>): void {
  node.text = substitute(node.text, vars);
  node.attrs = node.attrs.map(([k, v]) => [k, substitute(v, vars)]);
  for (const c of node.children) substituteTree(c, vars);
}

function substitute(text: string, vars: Map<string, string>): string {
  if (!text.includes('$') || vars.size === 0) return text;
  return text.replace(/\$([A-Za-z0-9_-]+)/g, (whole, name: string) => {
    // The longest defined name that prefixes the token wins, like a greedy scan would.
    for (let n = name.length; n > 0; n--) {
      const v = vars.get(name.slice(0, n));
      if (v !== undefined) return v + name.slice(n);
    }
    return whole;
  });
}
