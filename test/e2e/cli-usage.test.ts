// Exit codes of the CLI as the README states them: 0 ok (help and version too), 1 error, 2 usage.
import { spawnSync } from 'child_process';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('warden exit codes', () => {
  test.each([
    [['control', 'nodes'], 2, /required option '--config <file>' not specified/],
    [['keygen', '--bogus'], 2, /unknown option '--bogus'/],
    [[], 2, /Usage: warden/],
    [['daemon', '--config', '/nonexistent/warden.yaml', '-t'], 1, /cannot read \/nonexistent\/warden\.yaml/],
  ])('%j exits %i', (args, code, stderr) => {
    const r = run(...args);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(stderr);
  });

  test.each([[['--help']], [['--version']], [['control', '--help']]])('%j exits 0', (args) => {
    expect(run(...args).status).toBe(0);
  });

  test('control --help names every control command', () => {
    expect(run('control', '--help').stdout).toMatch(/nodes.*health.*agents.*actors.*ruleset/s);
  });
});
