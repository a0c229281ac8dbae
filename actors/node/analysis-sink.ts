// What happens to each agent event on a node: handed to the node's engine thread (actors/analysis/),
// which analyses it off the event loop; every event goes to logs/archives/archives.json, and to
// logs/alerts/alerts.json (Wazuh's paths) in Wazuh's alert shape when its rule reaches the alert level. The engine reloads when the integrity
// sync changes rules, decoders or lists (the worker's connection is given the sink as its engine).
import { AgentIdentity } from '../../agents/server/agent-directory';
import { nodeRuleset } from '../../analysis/install/installed';
import type { RulesetChoice } from '../../analysis/builtin-ruleset';
import { EngineHost, type ReloadableEngine } from '../analysis/engine-host';
import type { LinesFile } from '../analysis/lines-file';
import { alertsPath, archivesPath } from './data-dir';
import { legacyLogNotes } from './legacy-logs';
import { NodeContext } from './node-context';

export interface EventSink extends ReloadableEngine {
  onEvent(agent: AgentIdentity, ev: { queue: string; location: string; message: Buffer }, sourceIp: string): void;
  /** Events and alerts written so far; events dropped on a full queue. */
  readonly stats: { events: number; alerts: number; dropped: number };
  /** The live files (alerts.json, archives.json) for the daily rotation. */
  readonly files: readonly LinesFile[];
  /** Loads the ruleset if it was deferred (createEventSink's deferStart); else nothing. */
  start(): void;
  close(): Promise<void>;
}

/**
 * The ruleset a node runs now: the installed one (or else the built-in one) then its synced etc/, or etc/
 * then the config's ruleset_dirs. Asked at every build: a ruleset installed or synced later is used.
 */
export function nodeRulesetOf(ctx: NodeContext): RulesetChoice {
  return nodeRuleset(ctx.config.dataDir, ctx.config.analysis.rulesetDirs);
}

/** deferStart: no engine until the first reload or start() (EngineHost's option of that name). */
export function createEventSink(ctx: NodeContext, opts: { deferStart?: boolean } = {}): EventSink {
  const c = ctx.config.cluster;
  const log = ctx.log.task('Analysis');
  for (const note of legacyLogNotes(ctx.config.dataDir)) log.warning(note);
  const host = new EngineHost({
    thread: () => ({
      ...nodeRulesetOf(ctx), alertLevel: ctx.config.analysis.alertLevel,
      records: { managerName: c.nodeName, ...(c.hidden ? {} : { cluster: { name: c.name, node: c.nodeName } }) },
    }),
    archivesFile: archivesPath(ctx.config.dataDir),
    alertsFile: alertsPath(ctx.config.dataDir),
    log,
    now: () => ctx.clock.now(),
    deferStart: opts.deferStart,
  });
  return {
    stats: host.stats,
    onEvent(agent, ev, sourceIp) {
      host.submit([ctx.clock.now(), agent.idText, agent.name, agent.ip === 'any' ? sourceIp : agent.ip, ev.location, ev.message.toString('utf8')]);
    },
    status: () => host.status(),
    reload: () => host.reload(),
    start: () => host.start(),
    files: host.files,
    close: () => host.close(),
  };
}
