// `warden scale apply|status|down|render FILE`: config-driven scaling from a topology file
// (DESIGN.md section 7; the modules in scripts/scale/ do the work).
import * as path from 'node:path';
import { parseDuration } from '../../config/duration';
import { loadTopology, TopologyError } from '../../config/topology-file';
import type { Topology } from '../../config/topology';
import { applyTopology, desiredNodes } from '../scale/scale-apply';
import { downTopology } from '../scale/scale-down';
import { collectStatus, statusTable } from '../scale/scale-status';
import { newScaleRun, type ScaleRun } from '../scale/scale-run';
import { LockBusyError } from '../scale/scale-lock';
import { ensureClusterKey } from '../scale/cluster-key';
import { renderSystemd } from '../scale/render-systemd';
import { kubernetesStream, renderKubernetes } from '../scale/render-kubernetes';
import { type RenderedFile, writeRenderedFiles } from '../scale/rendered-file';

import { RENDER_FORMATS } from './command-names';
export { RENDER_FORMATS };
const DEFAULT_TIMEOUT = '30s';

function topologyOrExit(file: string): Topology {
  try {
    return loadTopology(file);
  } catch (err) {
    if (err instanceof TopologyError) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

function timeoutOrExit(v: string | undefined): number {
  try {
    const ms = parseDuration(v ?? DEFAULT_TIMEOUT);
    if (ms > 0) return ms;
  } catch {
    // reported below
  }
  process.stderr.write(`warden scale: --timeout ${JSON.stringify(v)} is not a positive duration (such as "30s")\n`);
  process.exit(2);
}

async function runOrExit(run: ScaleRun, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof LockBusyError) {
      process.stderr.write(`warden scale: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  if (run.failures.length > 0) process.exitCode = 1;
}

const say = (line: string): void => { process.stdout.write(`${line}\n`); };

export async function scaleApply(file: string, o: { restart?: boolean; timeout?: string }): Promise<void> {
  const timeoutMs = timeoutOrExit(o.timeout);
  const run = newScaleRun(topologyOrExit(file), timeoutMs, say);
  await runOrExit(run, () => applyTopology(run, { restart: o.restart ?? false }));
}

export async function scaleDown(file: string, o: { timeout?: string }): Promise<void> {
  const timeoutMs = timeoutOrExit(o.timeout);
  const run = newScaleRun(topologyOrExit(file), timeoutMs, say);
  await runOrExit(run, () => downTopology(run));
}

export async function scaleStatus(file: string, o: { json?: boolean }): Promise<void> {
  const t = topologyOrExit(file);
  const s = await collectStatus(t, desiredNodes(t));
  process.stdout.write(o.json ? `${JSON.stringify(s)}\n` : `${statusTable(s)}\n`);
}

export function scaleRender(file: string, o: { format: string; out?: string }): void {
  if (!(RENDER_FORMATS as readonly string[]).includes(o.format)) {
    process.stderr.write(`warden scale render: --format ${JSON.stringify(o.format)} is not one of ${RENDER_FORMATS.join(', ')}\n`);
    process.exit(2);
  }
  const t = topologyOrExit(file);
  const note = (line: string): void => { process.stderr.write(`${line}\n`); };
  let files: RenderedFile[];
  if (o.format === 'kubernetes') {
    files = renderKubernetes(t, ensureClusterKey(t, note));
  } else {
    files = renderSystemd(t);
  }
  if (o.out) {
    const written = writeRenderedFiles(o.out, files);
    note(`Wrote ${written.length} files under ${path.resolve(o.out)}${o.format === 'kubernetes' ? ' (apply them with kubectl apply -f DIR; the Secret file holds the cluster key: mode 0600, keep it out of version control)' : ''}.`);
    return;
  }
  process.stdout.write(o.format === 'kubernetes' ? kubernetesStream(files) : files.map((f) => `# ==> ${f.path} <==\n${f.content}`).join('\n'));
}
