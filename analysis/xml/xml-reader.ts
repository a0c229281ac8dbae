// A small tolerant XML reader with the quirks of Wazuh's os_xml: several root elements per file,
// `\<` inside text is an escaped '<' (kept as is, for the pattern engines), entities are not decoded.

export interface XmlNode {
  name: string;
  attrs: Array<[string, string]>;
  children: XmlNode[];
  /** Raw text content (only meaningful for leaf elements). */
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (line ${line})`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME_CHAR = /[A-Za-z0-9_.:-]/;

/** Parses a document into its root elements; throws XmlSyntaxError with the line of the fault. */
export function parseXml(src: string): XmlNode[] {
  let i = 0;
  let line = 1;
  const roots: XmlNode[] = [];
  const stack: XmlNode[] = [];

  const fail = (msg: string): never => { throw new XmlSyntaxError(msg, line); };
  const advance = (to: number): void => {
    for (let k = i; k < to; k++) if (src.charCodeAt(k) === 10) line++;
    i = to;
  };
  const readName = (): string => {
    const start = i;
    while (i < src.length && NAME_CHAR.test(src[i])) i++;
    if (i === start) fail('expected an element or attribute name');
    return src.slice(start, i);
  };
  const skipSpace = (): void => {
    while (i < src.length && /\s/.test(src[i])) { if (src[i] === '\n') line++; i++; }
  };

  while (i < src.length) {
    const lt = findTagStart(src, i);
    if (lt < 0) {
      appendText(src.slice(i));
      advance(src.length);
      break;
    }
    appendText(src.slice(i, lt));
    advance(lt);
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      advance(end + 3);
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction');
      advance(end + 2);
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i);
      if (end < 0) fail('unterminated CDATA section');
      appendText(src.slice(i + 9, end));
      advance(end + 3);
    } else if (src.startsWith('<!', i)) {
      const end = src.indexOf('>', i);
      if (end < 0) fail('unterminated declaration');
      advance(end + 1);
    } else if (src[i + 1] === '/') {
      i += 2;
      const name = readName();
      skipSpace();
      if (src[i] !== '>') fail(`malformed closing tag </${name}`);
      i++;
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> without an opening tag`);
      if (open!.name !== name) fail(`closing tag </${name}> does not match <${open!.name}> (line ${open!.line})`);
    } else {
      i++;
      const node: XmlNode = { name: readName(), attrs: [], children: [], text: '', line };
      for (;;) {
        skipSpace();
        if (i >= src.length) fail(`unterminated tag <${node.name}`);
        if (src[i] === '>') { i++; push(node, false); break; }
        if (src[i] === '/' && src[i + 1] === '>') { i += 2; push(node, true); break; }
        const attr = readName();
        skipSpace();
        if (src[i] !== '=') fail(`attribute ${attr} of <${node.name}> has no value`);
        i++;
        skipSpace();
        const q = src[i];
        if (q !== '"' && q !== "'") fail(`attribute ${attr} of <${node.name}> is not quoted`);
        const end = src.indexOf(q, i + 1);
        if (end < 0) fail(`unterminated value of attribute ${attr}`);
        node.attrs.push([attr, src.slice(i + 1, end)]);
        advance(end + 1);
      }
    }
  }
  if (stack.length) throw new XmlSyntaxError(`element <${stack[stack.length - 1].name}> is not closed`, stack[stack.length - 1].line);
  return roots;

  function push(node: XmlNode, selfClosing: boolean): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node); else roots.push(node);
    if (!selfClosing) stack.push(node);
  }
  function appendText(t: string): void {
    if (!t) return;
    const parent = stack[stack.length - 1];
    if (parent) parent.text += t;
    else if (/\S/.test(t)) fail('text outside any element (is this an XML file?)');
  }
}

/** The next '<' that opens markup; a '<' after an odd run of backslashes is escaped text. */
function findTagStart(src: string, from: number): number {
  let k = src.indexOf('<', from);
  while (k > 0) {
    let n = 0;
    while (k - 1 - n >= from && src[k - 1 - n] === '\\') n++;
    if (n % 2 === 0) break;
    k = src.indexOf('<', k + 1);
  }
  return k;
}

export function attr(node: XmlNode, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of node.attrs) if (k.toLowerCase() === lower) return v;
  return undefined;
}
