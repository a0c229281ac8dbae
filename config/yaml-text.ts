// yaml-text.ts: a YAML document read strictly, with every syntax problem as "YAML line L, column C:
// message (code)". Shared by the node config and the topology file, which then validate the document.
import { LineCounter, parseDocument, type Document } from 'yaml';

export type YamlText = { ok: true; doc: Document } | { ok: false; problems: string[] };

export function readYamlText(text: string): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return `YAML line ${line}, column ${col}: ${e.message} (${e.code})`;
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc };
}
