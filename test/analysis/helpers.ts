// Builds engines from inline XML for the analysis tests (no files needed).
import { buildRuleset } from '../../analysis/ruleset';
import { Engine, EventMeta, Result } from '../../analysis/engine';
import { Problem } from '../../analysis/problems';

/** Template rules like Wazuh's 0010-rules_config.xml: every rule without a parent hangs under one. */
export const TEMPLATES = `
<group name="syslog,"><rule id="1" level="0" noalert="1"><category>syslog</category><description>syslog template</description></rule></group>
<group name="firewall,"><rule id="2" level="0" noalert="1"><category>firewall</category><description>firewall template</description></rule></group>`;

interface InlineRuleset { decoders?: string; rules?: string; lists?: Record<string, string>; templates?: boolean }

export function build(src: InlineRuleset): { engine: Engine; problems: Problem[] } {
  const { ruleset, problems } = buildRuleset({
    decoders: src.decoders !== undefined ? [{ path: 'decoders.xml', text: src.decoders }] : [],
    rules: [
      ...(src.templates === false ? [] : [{ path: 'templates.xml', text: TEMPLATES }]),
      ...(src.rules !== undefined ? [{ path: 'rules.xml', text: src.rules }] : []),
    ],
    lists: Object.entries(src.lists ?? {}).map(([path, text]) => ({ path, text })),
  });
  return { engine: new Engine(ruleset), problems };
}

/** An engine that must load without errors. */
export function engineOf(src: InlineRuleset): Engine {
  const { engine, problems } = build(src);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`unexpected load errors: ${JSON.stringify(errors)}`);
  return engine;
}

export const META: EventMeta = { location: 'stdin' };
export const NOW = new Date('2026-11-26T10:00:00Z');

export function run(engine: Engine, ...lines: string[]): Result {
  let r: Result | undefined;
  for (const l of lines) r = engine.process(l, META, NOW);
  return r!;
}
