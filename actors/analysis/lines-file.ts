// lines-file.ts: an append-only file of JSON lines written in blocks that arrive already formatted
// (the engine thread stringifies; the main thread only appends).
import * as fs from 'node:fs';
import * as path from 'node:path';

export class LinesFile {
  private readonly stream: fs.WriteStream;
  private closed = false;
  lines = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
    this.stream = fs.createWriteStream(file, { flags: 'a', mode: 0o640 });
    // A full disk must not take the node down; the lines are lost, as a Wazuh manager's would be.
    this.stream.on('error', () => undefined);
  }

  /** Appends `text` (whole lines, each ending in "\n") holding `count` lines. */
  append(text: string, count: number): void {
    if (this.closed || !text) return;
    this.stream.write(text);
    this.lines += count;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return new Promise((resolve) => this.stream.end(() => resolve()));
  }
}
