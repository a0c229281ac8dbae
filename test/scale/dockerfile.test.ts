// The Dockerfile, checked instruction by instruction (Docker is not installed here, so it is not built):
// known instructions only, a build stage with the native toolchain, a runtime stage with production
// dependencies only, a non-root user, a data volume, the CLI as entry point; .dockerignore keeps
// secrets and build output out of the context.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const KNOWN = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

interface Instruction { line: number; op: string; args: string }

/** Instructions with continuation lines joined; comments and parser directives dropped. */
function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: Instruction | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending) {
      if (line.startsWith('#')) return; // a comment inside a continuation
      pending.args += ` ${line.replace(/\\$/, '').trim()}`;
    } else {
      const m = /^([A-Za-z]+)\s+(.*)$/.exec(line);
      if (!m) throw new Error(`Dockerfile line ${i + 1}: not an instruction: ${JSON.stringify(raw)}`);
      pending = { line: i + 1, op: m[1].toUpperCase(), args: m[2].replace(/\\$/, '').trim() };
    }
    if (!line.endsWith('\\')) {
      out.push(pending);
      pending = null;
    }
  });
  if (pending) throw new Error('Dockerfile ends inside a continuation');
  return out;
}

/** The instructions of each stage, by stage name. */
function stages(all: Instruction[]): Map<string, Instruction[]> {
  const byName = new Map<string, Instruction[]>();
  let current: Instruction[] | null = null;
  for (const ins of all) {
    if (ins.op === 'FROM') {
      const m = /^\S+\s+AS\s+(\S+)$/i.exec(ins.args);
      if (!m) throw new Error(`line ${ins.line}: FROM without "AS name"`);
      current = [];
      byName.set(m[1], current);
    } else if (current) current.push(ins);
    else if (ins.op !== 'ARG') throw new Error(`line ${ins.line}: ${ins.op} before the first FROM`);
  }
  return byName;
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const byStage = stages(dockerfile);
const runs = (stage: string): string => (byStage.get(stage) ?? []).filter((i) => i.op === 'RUN').map((i) => i.args).join('\n');

test('only known instructions; two named stages, build then runtime', () => {
  for (const ins of dockerfile) expect([ins.line, KNOWN.has(ins.op)]).toEqual([ins.line, true]);
  expect([...byStage.keys()]).toEqual(['build', 'runtime']);
});

test('the build stage has python3, make and g++ for better-sqlite3, installs every dependency and builds', () => {
  expect(runs('build')).toMatch(/apt-get install[^\n]*\bpython3\b[^\n]*\bmake\b[^\n]*\bg\+\+/);
  expect(runs('build')).toMatch(/npm ci\b(?![^\n]*--omit=dev)/);
  expect(runs('build')).toMatch(/npm run build/);
});

test('the runtime stage installs production dependencies only, and copies the build from the build stage', () => {
  expect(runs('runtime')).toMatch(/npm ci --omit=dev/);
  expect(runs('runtime')).not.toMatch(/apt-get install|g\+\+/);
  const fromBuild = byStage.get('runtime')!.filter((i) => i.op === 'COPY' && i.args.startsWith('--from='));
  for (const c of fromBuild) expect(byStage.has(/^--from=(\S+)/.exec(c.args)![1])).toBe(true);
  const copied = fromBuild.map((c) => c.args.split(/\s+/)[1]);
  expect(copied).toEqual(expect.arrayContaining(['/src/dist', '/src/ruleset', expect.stringMatching(/better_sqlite3\.node$/)]));
});

test('runs as a non-root user, with a data volume and the CLI as entry point', () => {
  const runtime = byStage.get('runtime')!;
  const user = runtime.filter((i) => i.op === 'USER').at(-1)?.args;
  expect(user).toBeDefined();
  expect(user).not.toMatch(/^(root|0)(:|$)/);
  expect(runtime.find((i) => i.op === 'VOLUME')?.args).toBe('["/var/lib/warden"]');
  expect(JSON.parse(runtime.find((i) => i.op === 'ENTRYPOINT')!.args)).toEqual(['node', 'dist/scripts/warden.js']);
  // The rendered pods run as this uid and exec this path.
  expect(runs('runtime')).toMatch(/--uid 10001\b/);
  expect(runtime.find((i) => i.op === 'WORKDIR')?.args).toBe('/opt/warden');
});

test('every plain COPY source exists in the repository and is not ignored', () => {
  const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const c of dockerfile.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from='))) {
    const sources = c.args.split(/\s+/).slice(0, -1);
    for (const s of sources) {
      expect([s, existsSync(join(ROOT, s))]).toEqual([s, true]);
      expect(ignore).not.toContain(s);
    }
  }
  for (const mustSkip of ['node_modules', 'dist', '*.key', '.git']) expect(ignore).toContain(mustSkip);
});
