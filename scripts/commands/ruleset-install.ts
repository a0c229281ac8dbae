// `warden ruleset install --config F DIR [--json] [--dry-run]`: installs a full Wazuh ruleset (DIR with
// rules/, decoders/, lists/) on the master, at <data_dir>/ruleset, which the integrity sync carries to
// every worker and every node loads instead of the built-in ruleset. The files are copied aside, loaded
// there with the engine's own loader (refused, every problem listed, if they do not load), and swapped
// in whole (analysis/install/swap.ts). Works with the master running (its watch sees the new folder,
// its engine reloads, its workers sync) or stopped (it loads the ruleset when it starts).
import * as fs from 'fs';
import * as path from 'path';
import { askNode } from '../../actors/control/control-client';
import { controlSocketPath } from '../../actors/control/control-server';
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem, type Problem } from '../../analysis/problems';
import type { DecoderNode } from '../../analysis/decoders/decoder-types';
import type { Engine } from '../../analysis/engine';
import { INSTALLED_RULESET } from '../../analysis/builtin-ruleset';
import { planLayout, type Layout } from '../../analysis/install/layout';
import { listRulesetFolder, WalkError } from '../../analysis/install/walk';
import { acquireInstallLock, InstallBusyError, recoverInterruptedInstall, stageRuleset, stagingDirOf, swapInRuleset } from '../../analysis/install/swap';
import { isLargeCopy, progressStep, PROGRESS_START } from '../../analysis/install/progress';
import { ConfigError, loadConfig } from '../../config/loader';
import { NotRegularFileError } from '../../lib/regular-file';
import type { WardenConfig } from '../../config/schema';

interface InstallOptions { config: string; json?: boolean; dryRun?: boolean }
interface InstallIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  now: () => number;
}

interface Counts { decoders: number; rules: number; lists: number }

/** The --json document. */
interface InstallSummary {
  installed: boolean;
  dry_run: boolean;
  source: string;
  target: string;
  files: number;
  bytes: number;
  counts: Counts | null;
  /** Files of DIR left out, each with why. */
  skipped: { path: string; reason: string }[];
  /** Why the ruleset was refused (errors), or its warnings: "severity: file:line: message". */
  problems: string[];
  /** What the master's etc/ local rules say when loaded after the new ruleset (never a refusal). */
  local_problems: string[];
  replaced: boolean;
  master_running: boolean;
  recovered: string[];
}

const SHOWN = 20;
const MASTER_PROBE_MS = 1_500;

/** Returns the exit code: 0 installed (or checked, with --dry-run), 1 refused or failed, 2 usage. */
export async function rulesetInstallCommand(dir: string, opts: InstallOptions,
  io: InstallIo = { stdout: process.stdout, stderr: process.stderr, now: Date.now }): Promise<number> {
  const fail = (msg: string, code: number): number => { io.stderr.write(`warden ruleset install: ${msg}\n`); return code; };
  let config: WardenConfig;
  try {
    config = loadConfig(opts.config);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return fail(err.message, 1);
  }
  if (config.cluster.nodeType !== 'master') {
    return fail(`${config.configPath} is the config of worker ${config.cluster.nodeName}: a ruleset is installed on the master ` +
      `(run this with the master's config), and the integrity sync brings it to every worker.`, 2);
  }
  const source = path.resolve(dir);
  const dataDir = config.dataDir;
  const summary: InstallSummary = {
    installed: false, dry_run: !!opts.dryRun, source, target: path.join(dataDir, INSTALLED_RULESET), files: 0, bytes: 0, counts: null,
    skipped: [], problems: [], local_problems: [], replaced: false, master_running: false, recovered: [],
  };
  const finish = (code: number): number => {
    if (opts.json) io.stdout.write(JSON.stringify(summary) + '\n');
    return code;
  };

  let layout: Layout;
  try {
    const listing = listRulesetFolder(source);
    layout = planLayout(listing.top, listing.inside);
  } catch (err) {
    if (!(err instanceof WalkError)) throw err;
    summary.problems.push(`error: ${err.message}`);
    fail(err.message, 2);
    return finish(2);
  }
  summary.skipped = layout.skipped;
  summary.files = layout.files.length;
  summary.bytes = layout.files.reduce((n, f) => n + f.size, 0);
  if (layout.errors.length) {
    summary.problems = layout.errors.map((e) => `error: ${source}: ${e}`);
    for (const p of summary.problems) io.stderr.write(`warden ruleset install: ${p}\n`);
    io.stderr.write(`warden ruleset install: refused: ${source} is not a Wazuh ruleset folder; nothing was changed.\n`);
    return finish(1);
  }
  if (!opts.json) io.stdout.write(`Checking ${source}: ${summary.files} files, ${mb(summary.bytes)} MB.\n`);
  if (!opts.json && layout.skipped.length) io.stdout.write(skippedText(layout.skipped));

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o750 });
  let release: () => void;
  try {
    release = acquireInstallLock(dataDir);
  } catch (err) {
    if (!(err instanceof InstallBusyError)) throw err;
    return finish(fail(err.message, 1));
  }
  const staging = stagingDirOf(dataDir);
  try {
    summary.recovered = recoverInterruptedInstall(dataDir);
    for (const r of summary.recovered) io.stderr.write(`warden ruleset install: ${r}\n`);
    copyWithProgress(source, layout, staging, summary, io);

    // Checked where it will run from (the staged copy is what gets swapped in, byte for byte), and as the
    // master loads it: then its etc/ local rules. Errors in the ruleset refuse it; what the local rules
    // make of it is said, never a refusal (the engine keeps etc/ problems it already had, as here).
    const etc = path.join(dataDir, 'etc');
    const inside = (dirAbs: string) => (p: Problem): boolean => p.file === dirAbs || p.file.startsWith(dirAbs + path.sep);
    const { engine, problems: all } = loadRuleset(fs.existsSync(etc) ? [staging, etc] : [staging], { alertLevel: config.analysis.alertLevel });
    const fromSource = (p: Problem): Problem => ({ ...p, file: inside(staging)(p) ? path.join(source, p.file.slice(staging.length + 1)) : p.file });
    const problems = all.filter((p) => !inside(etc)(p)).map(fromSource);
    const errors = problems.filter((p) => p.severity === 'error');
    summary.counts = countsOf(engine, staging, layout);
    summary.problems = (errors.length ? errors : problems).map(formatProblem);
    summary.local_problems = all.filter(inside(etc)).map(formatProblem);
    if (errors.length) {
      for (const p of errors) io.stderr.write(`warden ruleset install: ${formatProblem(p)}\n`);
      io.stderr.write(`warden ruleset install: refused: ${errors.length} errors in ${source}; the installed ruleset is unchanged.\n`);
      return finish(1);
    }
    if (!opts.json) io.stdout.write(checkedText(summary, problems.length));

    if (opts.dryRun) {
      if (!opts.json) io.stdout.write('Dry run: nothing was installed.\n');
      return finish(0);
    }
    summary.replaced = swapInRuleset(dataDir, staging).replaced;
    summary.installed = true;
  } catch (err) {
    if (err instanceof NotRegularFileError || (err instanceof Error && 'code' in err)) return finish(fail(`could not install into ${summary.target}: ${err.message}; the installed ruleset is unchanged.`, 1));
    throw err;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
  summary.master_running = await masterRuns(dataDir);
  if (!opts.json) io.stdout.write(installedText(summary, config));
  return finish(0);
}

function copyWithProgress(source: string, layout: Layout, staging: string, summary: InstallSummary, io: InstallIo): void {
  const show = isLargeCopy(summary.files, summary.bytes);
  let state = PROGRESS_START;
  stageRuleset(source, layout.files, staging, (files, bytes) => {
    if (!show) return;
    const step = progressStep(state, !!io.stderr.isTTY, io.now(), files, summary.files, bytes, summary.bytes);
    state = step.state;
    if (step.write) io.stderr.write(step.write);
  });
}

/** Decoders (each <decoder> element) loaded from files under `dir`. */
function countDecoders(nodes: readonly DecoderNode[], dir: string): number {
  return nodes.reduce((n, d) => n + (d.info.file.startsWith(dir) ? 1 : 0) + countDecoders(d.children, dir), 0);
}

/** What the new ruleset brings, the local rules loaded beside it left out. */
function countsOf(engine: Engine, staging: string, layout: Layout): Counts {
  const d = engine.ruleset.decoders;
  const dir = staging + path.sep;
  return {
    decoders: countDecoders(d.withProgramName, dir) + countDecoders(d.withoutProgramName, dir),
    rules: [...engine.ruleset.rules.byId.values()].filter((r) => r.file.startsWith(dir)).length,
    lists: layout.files.filter((f) => f.rel.startsWith('lists/')).length,
  };
}

async function masterRuns(dataDir: string): Promise<boolean> {
  try {
    await askNode(controlSocketPath(dataDir), { command: 'nodes', args: {} }, MASTER_PROBE_MS);
    return true;
  } catch {
    return false; // not running, or not answering: either way it loads the ruleset at its next start
  }
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function listed(lines: string[]): string {
  const more = lines.length - SHOWN;
  return lines.slice(0, SHOWN).map((l) => `  ${l}\n`).join('') + (more > 0 ? `  ... and ${more} more\n` : '');
}

export function skippedText(skipped: readonly { path: string; reason: string }[]): string {
  return `Not installed (${skipped.length}):\n${listed(skipped.map((s) => `${s.path}: ${s.reason}`))}`;
}

export function checkedText(s: InstallSummary, warnings: number): string {
  const c = s.counts!;
  let out = `Loaded: ${c.decoders} decoders, ${c.rules} rules, ${c.lists} lists, no errors${warnings ? `, ${warnings} warnings:\n${listed(s.problems)}` : '.\n'}`;
  if (s.local_problems.length) out += `The local rules in etc/ with this ruleset (loaded after it, as Wazuh loads ruleset/ then etc/):\n${listed(s.local_problems)}`;
  return out;
}

export function installedText(s: InstallSummary, config: WardenConfig): string {
  const lines = [`Installed into ${s.target}${s.replaced ? ', replacing the ruleset there' : ''}: ${s.files} files, ${mb(s.bytes)} MB.`];
  lines.push(s.master_running
    ? 'The master is running: it reloads its engine and syncs the ruleset to every worker (`warden control ruleset` shows when each has it).'
    : 'The master is not running: it loads this ruleset when it starts, and syncs it to every worker.');
  if (config.analysis.rulesetDirs.length) {
    lines.push(`Note: analysis.ruleset_dirs is set in ${config.configPath}, so this master keeps loading those folders; ` +
      'workers use the installed ruleset unless their own config sets ruleset_dirs.');
  }
  return lines.join('\n') + '\n';
}
