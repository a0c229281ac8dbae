// Outgoing frames of one socket, flushed once per event-loop turn: many small frames become a few large
// writes (one writev under cork) instead of one syscall and one stream entry each.
import type { Transport } from './transport';

/** Adjacent parts smaller than this are copied together; larger ones are written as they are. */
const COALESCE_PART = 16 * 1024;
/** Size of a coalesced write. */
const COALESCE_TARGET = 256 * 1024;

export class WriteQueue {
  private parts: Buffer[] = [];
  private queued = 0;
  private scheduled = false;

  /**
   * onFlushed runs after every flush and whenever a write reaches the kernel: the place to re-check the
   * backlog. Waiting for the socket's 'drain' alone would let the sender idle until the whole backlog is
   * gone, and the receiver idle while the sender refills it.
   */
  constructor(
    private readonly socket: Transport,
    private readonly onFlushed: () => void,
  ) {}

  /** Bytes accepted and not yet taken by the kernel: ours plus the socket's own buffer. */
  get backlog(): number {
    return this.queued + this.socket.writableLength;
  }

  push(parts: readonly Buffer[]): number {
    let bytes = 0;
    for (const p of parts) {
      this.parts.push(p);
      bytes += p.length;
    }
    this.queued += bytes;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.onTurnEnd);
    }
    return bytes;
  }

  /** Drops whatever waits: the connection is gone. */
  clear(): void {
    this.parts = [];
    this.queued = 0;
  }

  private readonly onWritten = (err?: Error | null): void => {
    if (!err) this.onFlushed();
  };

  private readonly onTurnEnd = (): void => {
    this.scheduled = false;
    this.flush();
  };

  /** Writes everything queued now (a pending end-of-turn flush finds nothing left), then reports. */
  flush(): void {
    this.writeOut();
    this.onFlushed();
  }

  private writeOut(): void {
    const parts = this.parts;
    if (parts.length === 0) return;
    this.parts = [];
    this.queued = 0;
    const socket = this.socket;
    if (socket.destroyed || !socket.writable) return;
    socket.cork();
    let run: Buffer[] = [];
    let runBytes = 0;
    const writeRun = () => {
      socket.write(run.length === 1 ? run[0] : Buffer.concat(run, runBytes), this.onWritten);
      run = [];
      runBytes = 0;
    };
    for (const p of parts) {
      if (p.length >= COALESCE_PART) {
        if (runBytes > 0) writeRun();
        socket.write(p, this.onWritten);
        continue;
      }
      run.push(p);
      runBytes += p.length;
      if (runBytes >= COALESCE_TARGET) writeRun();
    }
    if (runBytes > 0) writeRun();
    socket.uncork();
  }
}
