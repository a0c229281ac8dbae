// The interactive shell in a real pseudo-terminal (tmux on a private socket): Tab completion of a command
// and of an actor path, `top` redrawn in place until q, the history kept across lines, and exit.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LocalCluster } from '../../scripts/harness/local-cluster';

jest.setTimeout(120_000);

const TMUX = '/usr/bin/tmux';
const hasTmux = fs.existsSync(TMUX);
const PROMPT = 'warden master> ';

(hasTmux ? describe : describe.skip)('warden shell in a terminal', () => {
  let c: LocalCluster;
  const socket = `warden-shell-test-${process.pid}-${Date.now()}`;
  const tmux = (...args: string[]): string => execFileSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const pane = (): string => tmux('capture-pane', '-p', '-t', 'shell');
  const keys = (...k: string[]): void => void tmux('send-keys', '-t', 'shell', ...k);

  async function waitForPane(what: string, ok: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < end) {
      text = pane();
      if (ok(text)) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}; the terminal shows:\n${text}`);
  }
  const sessionAlive = (): boolean => {
    try {
      tmux('has-session', '-t', 'shell');
      return true;
    } catch {
      return false; // tmux says no such session (or no server): the shell exited
    }
  };
  const lastLine = (text: string): string => text.split('\n').filter((l) => l.trim() !== '').at(-1) ?? '';

  beforeAll(async () => {
    c = new LocalCluster({ workers: 0 });
    await c.configure();
    await c.startAll();
    await c.waitAllConnected();
    const bin = path.join(__dirname, '..', '..', 'dist', 'scripts', 'warden.js');
    tmux('new-session', '-d', '-s', 'shell', '-x', '160', '-y', '50', `${process.execPath} ${bin} shell --config ${c.master.configFile}`);
  });
  afterAll(async () => {
    try {
      tmux('kill-server');
    } catch {
      // the server already ended with its last session
    }
    await c.stop();
  });

  test('completion, top refreshing in place until q, history, exit', async () => {
    await waitForPane('the prompt', (t) => lastLine(t) === PROMPT.trim());

    keys('tre', 'Tab');
    await waitForPane('the command completed', (t) => lastLine(t) === `${PROMPT}tree`);
    keys('Enter');
    await waitForPane('the tree', (t) => /[├└]─ log-rotation\s+│ LogRotationActor/.test(t) && lastLine(t) === PROMPT.trim());

    keys('info /master/lis', 'Tab');
    await waitForPane('the path completed', (t) => lastLine(t) === `${PROMPT}info /master/listener`);
    keys('Enter');
    await waitForPane('the info', (t) => /^\/master\/listener {2}Listener on master$/m.test(t));

    keys('clear', 'Enter'); // an unknown command: a message, and the shell goes on
    await waitForPane('the message', (t) => /usage: unknown command "clear"/.test(t) && lastLine(t) === PROMPT.trim());

    keys('top --sort msgs', 'Enter');
    // First frame: no rates yet; a second later the loops of the node show their messages a second.
    await waitForPane('the first frame', (t) => /top: master, \d+ actors, sorted by msgs/.test(t) && /│ \/master\/agent-server\s+│ AgentServerActor\s+│ 0\s+│ -/.test(t));
    const refreshed = await waitForPane('a refreshed frame', (t) => /│ \/master\/agent-server\s+│ AgentServerActor\s+│ 0\s+│ \d+\.\d/.test(t));
    expect(refreshed.match(/top: master/g)).toHaveLength(1); // redrawn in place, not scrolled
    expect(refreshed).toContain('(q or Ctrl-C to stop)');
    keys('q');
    await waitForPane('the prompt after q', (t) => lastLine(t) === PROMPT.trim());
    await new Promise((r) => setTimeout(r, 1_500));
    expect(lastLine(pane())).toBe(PROMPT.trim()); // top stopped redrawing

    keys('Up');
    await waitForPane('the last command from the history', (t) => lastLine(t) === `${PROMPT}top --sort msgs`);
    keys('C-u', 'exit', 'Enter');
    const end = Date.now() + 10_000;
    while (sessionAlive() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(sessionAlive()).toBe(false);
    const history = fs.readFileSync(path.join(c.master.dataDir, '.warden_history'), 'utf8').trim().split('\n');
    expect(history).toEqual(['tree', 'info /master/listener', 'clear', 'top --sort msgs', 'exit']);
  });
});
