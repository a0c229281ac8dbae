// engine-thread.ts: the body of a node's engine thread (started by engine-thread-start.ts). Builds the
// Engine from workerData, says 'ready', then runs each batch of events through it and sends back the
// archives.json and alerts.json lines. The build blocks only this thread, never the node's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { alertRecord, archiveRecord } from './event-records';
import type { EngineThreadData, FromThread, ToThread } from './engine-messages';

function run(port: NonNullable<typeof parentPort>, data: EngineThreadData): void {
  const send = (m: FromThread): void => port.postMessage(m);
  const t0 = Date.now();
  let built;
  try {
    built = loadRuleset(data.dirs, { alertLevel: data.alertLevel });
  } catch (err) {
    send({ type: 'failed', error: (err as Error).stack ?? String(err) });
    return;
  }
  const { engine, problems } = built;
  const errors = problems.filter((p) => p.severity === 'error');
  send({
    type: 'ready', rules: engine.ruleset.rules.byId.size, errors: errors.slice(0, 100).map(formatProblem),
    errorCount: errors.length, warnings: problems.length - errors.length, ms: Date.now() - t0,
  });
  let seq = 0;
  port.on('message', (m: ToThread) => {
    if (m.type === 'seq') { seq = m.next; return; }
    let archives = '', alerts = '', alertCount = 0;
    for (const ev of m.events) {
      const r = engine.process(ev[5], { location: ev[4], agent: { id: ev[1], name: ev[2], ip: ev[3] }, managerName: data.records.managerName }, new Date(ev[0]));
      archives += JSON.stringify(archiveRecord(ev, r, data.records)) + '\n';
      const alert = alertRecord(ev, r, data.records, seq + 1);
      if (alert) { seq++; alertCount++; alerts += JSON.stringify(alert) + '\n'; }
    }
    send({ type: 'done', id: m.id, events: m.events.length, archives, alerts, alertCount });
  });
}

if (parentPort) run(parentPort, workerData as EngineThreadData);
