// The /metrics port (metrics.port): node:http serving GET /metrics and nothing else (404 elsewhere, 405
// for another method), within small bounds: few connections at once, short deadlines on headers,
// request and idle sockets, small headers, no request body. What a scrape answers is the caller's
// (`scrape`, the metrics actor through its mailbox); a scrape that fails is a 503 naming why.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface MetricsHttpLimits {
  /** Connections open at once; more are closed at accept. */
  maxConnections: number;
  /** Deadline of a request's headers, and of the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** A socket silent this long is closed (kept-alive ones included). */
  idleTimeoutMs: number;
  maxHeaderBytes: number;
}

export const METRICS_HTTP_LIMITS: MetricsHttpLimits = {
  maxConnections: 8,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  idleTimeoutMs: 15_000,
  maxHeaderBytes: 8 * 1024,
};

export interface MetricsServerOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The exposition text of one scrape. */
  scrape: () => Promise<string>;
  contentType: string;
  limits?: Partial<MetricsHttpLimits>;
}

export const METRICS_PATH = '/metrics';

export class MetricsServer {
  private readonly limits: MetricsHttpLimits;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly opts: MetricsServerOptions) {
    this.limits = { ...METRICS_HTTP_LIMITS, ...opts.limits };
    const l = this.limits;
    this.server = createServer({
      maxHeaderSize: l.maxHeaderBytes, requestTimeout: l.requestTimeoutMs, headersTimeout: l.headersTimeoutMs,
      // Node checks those deadlines every 30 s by default: a silent connection would hold a slot that long.
      connectionsCheckingInterval: Math.min(1_000, l.headersTimeoutMs),
    }, (req, res) => this.serve(req, res));
    this.server.maxConnections = l.maxConnections;
    this.server.keepAliveTimeout = Math.min(5_000, l.idleTimeoutMs);
    this.server.setTimeout(l.idleTimeoutMs, (socket) => socket.destroy());
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    // Malformed requests, oversized headers, deadlines: a short answer when the socket can still take one.
    this.server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
      if (socket.writable && !socket.writableEnded) {
        const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      }
      socket.destroy();
    });
  }

  /** Listens; the error of a port taken or refused is the caller's to name. */
  listen(): Promise<{ port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, this.opts.host, () => {
        this.server.off('error', reject);
        resolve({ port: (this.server.address() as AddressInfo).port });
      });
    });
  }

  /** Stops listening and closes every connection, kept-alive ones too. */
  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    return closed;
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== METRICS_PATH) return plain(res, 404, `Not found: this port serves GET ${METRICS_PATH} only.\n`);
    if (req.method !== 'GET') return plain(res, 405, `Method ${req.method} not allowed: use GET ${METRICS_PATH}.\n`, { Allow: 'GET' });
    // A scrape has no body: one announced is refused, and the connection closed rather than read.
    if (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0) {
      return plain(res, 413, `A scrape has no body: send GET ${METRICS_PATH} without one.\n`, { Connection: 'close' });
    }
    this.opts.scrape().then(
      (text) => {
        if (res.destroyed) return;
        res.writeHead(200, { 'Content-Type': this.opts.contentType, 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
      },
      (err: unknown) => plain(res, 503, `Metrics unavailable: ${err instanceof Error ? err.message : String(err)}\n`),
    );
  }
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
  if (headers.Connection === 'close') res.once('finish', () => res.socket?.destroy());
}
