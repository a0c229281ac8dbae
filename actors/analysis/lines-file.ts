// lines-file.ts: an append-only file of JSON lines written in blocks that arrive already formatted
// (the engine thread stringifies; the main thread only appends). rotate() moves it into its daily
// archive (log/daily-rotation.ts) while appends go on: each block lands whole in the archive or in the
// fresh file, never in neither.
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ArchiveRequest, type DailyRotation, rotateDaily } from '../../log/daily-rotation';

export class LinesFile {
  private stream: fs.WriteStream;
  private closing: Promise<void> | undefined; // set by close(): appends are dropped from then on
  lines = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
    this.stream = this.open();
  }

  /** Appends `text` (whole lines, each ending in "\n") holding `count` lines. */
  append(text: string, count: number): void {
    if (this.closing || !text) return;
    this.stream.write(text);
    this.lines += count;
  }

  /** Archives the file as it is now into <logsDir>/<name>/YYYY/Mon/ and goes on in a fresh one. */
  rotate(req: ArchiveRequest): Promise<DailyRotation> {
    return rotateDaily({ path: this.file, reopen: () => this.reopen() }, req);
  }

  close(): Promise<void> {
    if (!this.closing) {
      const stream = this.stream;
      this.closing = new Promise((resolve) => stream.end(() => resolve()));
    }
    return this.closing;
  }

  /**
   * Once a fresh file at the path has opened, appends switch to it; the old stream flushes what it
   * holds into the moved file, then closes. Fails, keeping the old stream, if the fresh file cannot be
   * opened.
   */
  private async reopen(): Promise<void> {
    // Closed while a rotation ran: the moved file is complete once the close has flushed it.
    if (this.closing) return this.closing;
    const fresh = this.open();
    await once(fresh, 'open'); // rejects on 'error': then appends stay on the old stream
    if (this.closing) {
      await new Promise<void>((resolve) => fresh.end(() => resolve()));
      return this.closing;
    }
    const old = this.stream;
    this.stream = fresh;
    await new Promise<void>((resolve) => old.end(() => resolve()));
  }

  private open(): fs.WriteStream {
    const stream = fs.createWriteStream(this.file, { flags: 'a', mode: 0o640 });
    // A full disk must not take the node down; the lines are lost, as a Wazuh manager's would be.
    stream.on('error', () => undefined);
    return stream;
  }
}
