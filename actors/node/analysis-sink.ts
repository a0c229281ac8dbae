// What happens to each agent event on a node: archived (logs/archives.json), run through the analysis
// engine, and written to logs/alerts.json in Wazuh's alert shape when its rule reaches the alert level.
import * as path from 'path';
import { Engine } from '../../analysis/engine';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { JsonLinesWriter } from '../../agents/server/archives';
import { AgentIdentity } from '../../agents/server/agent-directory';
import { NodeContext } from './node-context';

export interface EventSink {
  onEvent(agent: AgentIdentity, ev: { queue: string; location: string; message: Buffer }, sourceIp: string): void;
  readonly stats: { events: number; alerts: number };
  close(): Promise<void>;
}

/** The ruleset a node runs: its synced etc/ (rules, decoders, lists), then the config's extra folders. */
export function loadNodeEngine(ctx: NodeContext): Engine {
  const dirs = [path.join(ctx.config.dataDir, 'etc'), ...ctx.config.analysis.rulesetDirs];
  const { engine, problems } = loadRuleset(dirs, { alertLevel: ctx.config.analysis.alertLevel });
  const log = ctx.log.task('Analysis');
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of errors.slice(0, 20)) log.warning(`Ruleset: ${formatProblem(p)}`);
  if (errors.length > 20) log.warning(`Ruleset: ${errors.length - 20} more problems not shown.`);
  log.info(`Ruleset loaded from ${dirs.join(', ')}: ${engine.ruleset.rules.byId.size} rules, ${errors.length} problems.`);
  return engine;
}

export function createEventSink(ctx: NodeContext, engine: Engine): EventSink {
  const logs = path.join(ctx.config.dataDir, 'logs');
  const archives = new JsonLinesWriter(path.join(logs, 'archives.json'));
  const alerts = new JsonLinesWriter(path.join(logs, 'alerts.json'));
  const c = ctx.config.cluster;
  const cluster = c.hidden ? undefined : { name: c.name, node: c.nodeName };
  const stats = { events: 0, alerts: 0 };
  return {
    stats,
    onEvent(agent, ev, sourceIp) {
      const now = new Date(ctx.now());
      const fullLog = ev.message.toString('utf8');
      const agentJson = { id: agent.idText, name: agent.name, ip: agent.ip === 'any' ? sourceIp : agent.ip };
      stats.events++;
      const r = engine.process(fullLog, { location: ev.location, agent: { id: agent.idText, name: agent.name, ip: agentJson.ip }, managerName: c.nodeName }, now);
      const decoder = r.decoder ? { name: r.decoder.name, ...(r.decoder.parent ? { parent: r.decoder.parent } : {}) } : {};
      archives.write({
        timestamp: now.toISOString(), agent: agentJson, manager: { name: c.nodeName }, ...(cluster ? { cluster } : {}),
        full_log: fullLog, decoder, location: ev.location,
      });
      if (!r.alert || !r.rule) return;
      stats.alerts++;
      alerts.write({
        timestamp: now.toISOString(),
        rule: {
          id: r.rule.id, level: r.rule.level, description: r.rule.description, groups: r.rule.groups, firedtimes: r.rule.firedtimes,
          ...(r.rule.mitre.length ? { mitre: { id: r.rule.mitre } } : {}),
        },
        agent: agentJson, manager: { name: c.nodeName }, ...(cluster ? { cluster } : {}),
        id: `${Math.floor(now.getTime() / 1000)}.${stats.alerts}`,
        full_log: fullLog, decoder,
        ...(r.predecoded.programName ? { predecoder: { program_name: r.predecoded.programName, timestamp: r.predecoded.timestamp, hostname: r.predecoded.hostname } } : {}),
        ...(Object.keys(r.fields).length ? { data: r.fields } : {}),
        location: ev.location,
      });
    },
    close: async () => { await archives.close(); await alerts.close(); },
  };
}
