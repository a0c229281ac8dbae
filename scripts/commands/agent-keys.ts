// `warden agent import --config F CLIENT_KEYS` and `warden agent export --config F [--out FILE]`: Wazuh's
// client.keys into the master's registry and back, through the node named by --config (a worker forwards).
import * as fs from 'fs';
import { ClientKey, ClientKeyLine, formatClientKeys, parseClientKeysFile } from '../../agents/client-keys';
import { writePrivateFile } from '../../lib/private-files';
import { askOrExit } from './registry';

/** Agents per request: each request is one transaction on the master and well inside a control line. */
export const IMPORT_CHUNK = 1_000;
/** Problems printed for a bad file; the rest are counted. */
const SHOWN_PROBLEMS = 20;

interface ImportAnswer {
  imported: number;
  unchanged: number;
  skipped: { index: number; reason: string }[];
  next_id: string;
}

export interface ImportSummary {
  imported: number;
  unchanged: number;
  skipped: { line: number; id: string; name: string; reason: string }[];
  removed: { line: number; id: string; name: string }[];
  next_id: string;
}

export async function agentImport(file: string, o: { config: string; group?: string[]; json?: boolean }): Promise<void> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'latin1');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = parseClientKeysFile(text);
  if (parsed.problems.length > 0) {
    const lines = parsed.problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${file}:${p.line}: ${p.message}`);
    if (parsed.problems.length > SHOWN_PROBLEMS) lines.push(`  ... and ${parsed.problems.length - SHOWN_PROBLEMS} more`);
    fail(`${file} has ${parsed.problems.length} bad line(s); nothing was imported:\n${lines.join('\n')}`);
  }
  const summary: ImportSummary = {
    imported: 0, unchanged: 0, skipped: [],
    removed: parsed.removed.map((r) => ({ line: r.line, id: r.id, name: r.name })), next_id: '',
  };
  for (let i = 0; i < parsed.entries.length; i += IMPORT_CHUNK) {
    const chunk = parsed.entries.slice(i, i + IMPORT_CHUNK);
    const r = (await askOrExit(o.config, 'agent-import', {
      agents: chunk.map(({ id, name, ip, key }) => ({ id, name, ip, key })),
      ...(o.group?.length ? { groups: o.group } : {}),
    }, () => partialNote(summary))) as ImportAnswer;
    addChunk(summary, chunk, r);
  }
  process.stdout.write(o.json ? JSON.stringify(summary) + '\n' : describeImport(file, summary));
}

function addChunk(summary: ImportSummary, chunk: readonly ClientKeyLine[], r: ImportAnswer): void {
  summary.imported += r.imported;
  summary.unchanged += r.unchanged;
  for (const s of r.skipped) {
    const e = chunk[s.index];
    summary.skipped.push({ line: e.line, id: e.id, name: e.name, reason: s.reason });
  }
  summary.next_id = r.next_id;
}

/** What a failure halfway through a large file leaves behind: earlier chunks are committed. */
function partialNote(s: ImportSummary): string {
  return s.imported + s.unchanged + s.skipped.length === 0
    ? 'nothing was imported'
    : `${s.imported} agent(s) were imported before the failure; running the import again skips them as already registered`;
}

export function describeImport(file: string, s: ImportSummary): string {
  const out: string[] = [];
  out.push(`Imported ${s.imported} agent(s) from ${file}.${s.next_id ? ` The next agent registered gets id ${s.next_id}.` : ''}`);
  if (s.unchanged) out.push(`${s.unchanged} were already registered with the same id, name, IP and key.`);
  if (s.skipped.length) {
    out.push(`Skipped ${s.skipped.length} (nothing registered was changed):`);
    for (const k of s.skipped) out.push(`  line ${k.line}: ${k.id} ${k.name}: ${k.reason}`);
  }
  if (s.removed.length) {
    out.push(`Not imported: ${s.removed.length} agent(s) Wazuh had removed (name marked with ! or #):`);
    for (const r of s.removed) out.push(`  line ${r.line}: ${r.id} ${r.name}`);
  }
  return out.join('\n') + '\n';
}

export async function agentExport(o: { config: string; out?: string; force?: boolean }): Promise<void> {
  const agents: ClientKey[] = [];
  let after = 0;
  for (;;) {
    const r = (await askOrExit(o.config, 'agent-export', { after })) as { agents: ClientKey[]; next: number | null };
    agents.push(...r.agents);
    if (r.next === null) break;
    after = r.next;
  }
  const text = formatClientKeys(agents);
  if (!o.out) {
    process.stdout.write(text);
    return;
  }
  try {
    writePrivateFile(o.out, text, o.force ?? false);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists (add --force to replace it)' : (err as Error).message;
    fail(`cannot write ${o.out}: ${why}`);
  }
  process.stderr.write(`Wrote ${agents.length} agent(s) to ${o.out} (mode 0600).\n`);
}

function fail(msg: string): never {
  process.stderr.write(`warden: ${msg}\n`);
  process.exit(1);
}
