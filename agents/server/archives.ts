// logs/archives.json: every agent event, one JSON object a line, appended through one stream.
import * as fs from 'fs';
import * as path from 'path';

export interface ArchivedEvent {
  timestamp: string;
  agent: { id: string; name: string; ip?: string };
  manager: { name: string };
  cluster?: { name: string; node: string };
  location: string;
  full_log: string;
  decoder: Record<string, unknown>;
}

export class JsonLinesWriter {
  private readonly stream: fs.WriteStream;
  private closed = false;
  written = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
    this.stream = fs.createWriteStream(file, { flags: 'a', mode: 0o640 });
    this.stream.on('error', () => undefined);
  }

  write(obj: unknown): void {
    if (this.closed) return;
    this.stream.write(JSON.stringify(obj) + '\n');
    this.written++;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return new Promise((resolve) => this.stream.end(() => resolve()));
  }
}
