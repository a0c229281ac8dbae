// How `warden logtest` shows a result: wazuh-logtest's three phases as text, or one JSON object
// a line ({"decoder","fields","rule","alert"}, DESIGN.md section 7). Pure.
import { Result } from './engine';

interface LogtestJson {
  decoder: { name: string; parent?: string } | null;
  fields: Record<string, string>;
  rule: { id: string; level: number; description: string; groups: string[] } | null;
  alert: boolean;
}

export function toLogtestJson(r: Result): LogtestJson {
  return {
    decoder: r.decoder ? { name: r.decoder.name, ...(r.decoder.parent ? { parent: r.decoder.parent } : {}) } : null,
    fields: r.fields,
    rule: r.rule ? { id: r.rule.id, level: r.rule.level, description: r.rule.description, groups: r.rule.groups } : null,
    alert: r.alert,
  };
}

const q = (v: string | number): string => `'${v}'`;

export function formatLogtestText(r: Result): string {
  const out: string[] = ['**Phase 1: Completed pre-decoding.', `\tfull event: ${q(r.fullLog)}`];
  if (r.predecoded.timestamp !== undefined) out.push(`\ttimestamp: ${q(r.predecoded.timestamp)}`);
  out.push(`\thostname: ${q(r.predecoded.hostname)}`);
  if (r.predecoded.programName !== undefined) out.push(`\tprogram_name: ${q(r.predecoded.programName)}`);
  out.push('', '**Phase 2: Completed decoding.');
  if (!r.decoder) out.push('\tNo decoder matched.');
  else {
    out.push(`\tname: ${q(r.decoder.name)}`);
    if (r.decoder.parent) out.push(`\tparent: ${q(r.decoder.parent)}`);
    for (const [k, v] of Object.entries(r.fields)) out.push(`\t${k}: ${q(v)}`);
  }
  if (r.rule) {
    out.push('', '**Phase 3: Completed filtering (rules).');
    out.push(`\tid: ${q(r.rule.id)}`, `\tlevel: ${q(r.rule.level)}`, `\tdescription: ${q(r.rule.description)}`);
    out.push(`\tgroups: ${q(JSON.stringify(r.rule.groups))}`, `\tfiredtimes: ${q(r.rule.firedtimes)}`);
    if (r.rule.mitre.length) out.push(`\tmitre.id: ${q(JSON.stringify(r.rule.mitre))}`);
    if (r.previousOutput !== undefined) out.push(`\tprevious_output: ${q(r.previousOutput)}`);
    if (r.ignored !== undefined) out.push(`\tignored: ${q(r.ignored)}`);
    if (r.alert) out.push('**Alert to be generated.');
  }
  return out.join('\n') + '\n';
}
