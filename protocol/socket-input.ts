// Where a socket's bytes go: first to the session setup, then to the Peer. The owner swaps the sink, so no
// byte is lost between the two and neither needs to know how the socket reads.
import type { OnReadOpts } from 'net';
import type { Transport } from './transport';

export type ChunkSink = (chunk: Buffer) => void;

/** Read buffer of a dialed socket: large reads mean fewer callbacks for 1 MiB frames. */
export const CLIENT_READ_BUFFER = 1024 * 1024;

export class SocketInput {
  private sink: ChunkSink = () => undefined;

  /** Sets who receives the next chunks. */
  setSink(sink: ChunkSink): void {
    this.sink = sink;
  }

  readonly feed = (chunk: Buffer): void => {
    this.sink(chunk);
  };

  /** For an accepted socket: its 'data' events (a fresh buffer each). */
  attach(socket: Transport): void {
    socket.on('data', this.feed);
  }

  /**
   * For net.connect: reads land in one reused buffer, so a sink must consume a chunk before returning
   * (the FrameDecoder copies what it keeps; frames are opened at once, which copies them).
   */
  onread(size = CLIENT_READ_BUFFER): OnReadOpts {
    return {
      buffer: Buffer.allocUnsafe(size),
      callback: (bytes: number, buf: Uint8Array) => {
        this.feed(Buffer.from(buf.buffer, buf.byteOffset, bytes));
        return true;
      },
    };
  }
}
