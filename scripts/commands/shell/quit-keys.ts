// quit-keys.ts: how a live view (top, trace, logs -f) learns to stop: q or Ctrl-C on a terminal (raw
// keys, so nothing is echoed), SIGINT otherwise.
import * as readline from 'readline';
import type { QuitWatch } from './run-command';

export function watchQuit(input: NodeJS.ReadStream): QuitWatch {
  let resolve!: () => void;
  const done = new Promise<void>((r) => { resolve = r; });
  if (input.isTTY) {
    readline.emitKeypressEvents(input);
    const wasRaw = input.isRaw;
    input.setRawMode(true);
    input.resume();
    const onKey = (_s: string, key: { name?: string; ctrl?: boolean } | undefined): void => {
      if (key?.name === 'q' || (key?.ctrl && key.name === 'c')) resolve();
    };
    input.on('keypress', onKey);
    return {
      done,
      dispose: () => {
        input.off('keypress', onKey);
        input.setRawMode(wasRaw);
        input.pause();
      },
    };
  }
  const onSignal = (): void => resolve();
  process.on('SIGINT', onSignal);
  return { done, dispose: () => void process.off('SIGINT', onSignal) };
}
