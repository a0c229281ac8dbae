// file-pack.ts: the byte format of a pack, one stream carrying many files, and its pure decoder.
// A pack is a sequence of records: a 4-byte big-endian header length, a JSON header (path, md5, size,
// mode, mtimeMs), then exactly `size` content bytes. Thousands of small files then cost a few streams,
// not a stream (and a credit round trip) each; a big file is a pack of one and still flows in chunks.
import { IntegrityError } from './errors';
import type { ExpectedFile } from './staging';

/** The stream kind of a pack; its meta_json is {"syncId": n}. */
export const PACK_STREAM_KIND = 'integrity-pack';
/** A header is a path and four numbers: anything longer is hostile. */
const MAX_PACK_HEADER_BYTES = 16 * 1024;

export interface PackHeader extends ExpectedFile {
  readonly path: string;
}

export type PackEvent =
  | { type: 'file'; header: PackHeader }
  | { type: 'data'; data: Buffer }
  | { type: 'end' }
  /** The pack is malformed from here on: the events before it still stand, nothing follows. */
  | { type: 'error'; error: IntegrityError };

/** The record head of a file: its header's length, then the header (the path given apart saves a copy of the entry). */
export function encodePackHeader(h: PackHeader): Buffer;
export function encodePackHeader(path: string, h: ExpectedFile): Buffer;
export function encodePackHeader(a: PackHeader | string, b?: ExpectedFile): Buffer {
  const h = typeof a === 'string' ? b! : a;
  const json = JSON.stringify({ path: typeof a === 'string' ? a : a.path, md5: h.md5, size: h.size, mode: h.mode, mtimeMs: h.mtimeMs });
  // One buffer per file of a pack, written in place (10,000 of them in a cold sync).
  const out = Buffer.allocUnsafe(4 + Buffer.byteLength(json));
  out.writeUInt32BE(out.length - 4, 0);
  out.write(json, 4);
  return out;
}

export function packMetaJson(syncId: number): string {
  return JSON.stringify({ syncId });
}

/** The sync id of a pack's meta_json; throws staging_failed on anything else. */
export function parsePackMeta(json: string): number {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (err) {
    throw new IntegrityError('staging_failed', 'pack announcement is not JSON', { cause: err });
  }
  const syncId = (typeof v === 'object' && v !== null ? (v as Record<string, unknown>).syncId : undefined);
  if (typeof syncId !== 'number') throw new IntegrityError('staging_failed', `malformed pack announcement ${json.slice(0, 200)}`);
  return syncId;
}

/**
 * Splits a pack's bytes into file, data and end events, whatever the chunking. Never copies content:
 * data events are views of the pushed chunks. A malformed header ends the events with an error one.
 */
export class PackDecoder {
  private head: Buffer[] = [];
  private headBytes = 0;
  private want = 4; // bytes still needed: of the length, of the header, or of the content
  private phase: 'length' | 'header' | 'content' = 'length';
  private failure: IntegrityError | null = null;

  push(chunk: Buffer): PackEvent[] {
    const out: PackEvent[] = [];
    if (!this.failure) {
      try {
        this.decode(chunk, out);
      } catch (err) {
        this.failure = err instanceof IntegrityError ? err : new IntegrityError('staging_failed', `bad pack: ${String(err)}`, { cause: err });
      }
    }
    if (this.failure) out.push({ type: 'error', error: this.failure });
    return out;
  }

  private decode(chunk: Buffer, out: PackEvent[]): void {
    let buf = chunk;
    while (buf.length > 0) {
      if (this.phase === 'content') {
        const n = Math.min(this.want, buf.length);
        out.push({ type: 'data', data: buf.subarray(0, n) });
        buf = buf.subarray(n);
        this.want -= n;
        if (this.want === 0) this.endFile(out);
        continue;
      }
      const n = Math.min(this.want, buf.length);
      let whole: Buffer;
      if (this.headBytes === 0 && n === this.want) {
        whole = buf.subarray(0, n); // the usual case: the whole length or header lies in this chunk, no copy
      } else {
        this.head.push(buf.subarray(0, n));
        this.headBytes += n;
        if (n < this.want) {
          this.want -= n;
          buf = buf.subarray(n);
          continue;
        }
        whole = Buffer.concat(this.head, this.headBytes);
        this.head = [];
        this.headBytes = 0;
      }
      buf = buf.subarray(n);
      if (this.phase === 'length') {
        this.want = whole.readUInt32BE(0);
        if (this.want === 0 || this.want > MAX_PACK_HEADER_BYTES) throw new IntegrityError('staging_failed', `pack header of ${this.want} bytes`);
        this.phase = 'header';
      } else {
        const header = parseHeader(whole);
        out.push({ type: 'file', header });
        this.phase = 'content';
        this.want = header.size;
        if (this.want === 0) this.endFile(out);
      }
    }
  }

  /** The stream ended: throws when it stopped inside a record. */
  finish(): void {
    if (this.phase !== 'length' || this.want !== 4) throw new IntegrityError('size_mismatch', `pack ended inside a ${this.phase === 'content' ? 'file' : 'header'}`);
  }

  private endFile(out: PackEvent[]): void {
    out.push({ type: 'end' });
    this.phase = 'length';
    this.want = 4;
  }
}

function parseHeader(bytes: Buffer): PackHeader {
  let v: unknown;
  try {
    v = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new IntegrityError('staging_failed', 'pack header is not JSON', { cause: err });
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const { path, md5, size, mode, mtimeMs } = o;
  if (typeof path !== 'string' || typeof md5 !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0
    || typeof mode !== 'number' || typeof mtimeMs !== 'number') {
    throw new IntegrityError('staging_failed', `malformed pack header ${bytes.toString('utf8').slice(0, 200)}`);
  }
  return { path, md5, size, mode, mtimeMs };
}
