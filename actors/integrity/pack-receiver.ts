// pack-receiver.ts: the worker's side of packs. Decodes a pack stream and stages each file as it comes:
// a small file once all its bytes are here (verified, then written in one of the staging's lanes while
// the pack reads on), a big one chunk by chunk, hashed while written, so no big file is ever held in
// memory. A file refused (bad path, bad MD5, wrong size) is reported and skipped; the rest of the pack
// still stages. The pack ends only when each of its files is staged or refused.
import { IntegrityError } from './errors';
import { PackDecoder, type PackHeader } from './file-pack';
import type { StagedEntry, StagedFile, Staging } from './staging';

/** Files up to this size are gathered whole before staging; the decoder bounds them by the pack. */
export const WHOLE_STAGE_MAX = 256 * 1024;

interface PackOutcome {
  staged: number;
  refused: number;
}

type Current =
  | { kind: 'whole'; header: PackHeader; entry: StagedEntry; parts: Buffer[] }
  | { kind: 'streamed'; header: PackHeader; file: StagedFile }
  | { kind: 'skip'; header: PackHeader };

/**
 * Stages every file of one pack. `refuse` hears each file left out and why. Throws when the pack itself
 * is broken (malformed header, cut short, stream aborted); files staged before that stay staged.
 */
export async function receivePack(
  staging: Staging,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  refuse: (path: string, err: Error) => void,
  staged?: (e: StagedEntry) => void,
): Promise<PackOutcome> {
  const decoder = new PackDecoder();
  const out: PackOutcome = { staged: 0, refused: 0 };
  let cur: Current | null = null;
  const refused = (h: PackHeader, err: unknown): void => {
    out.refused++;
    refuse(h.path, err instanceof Error ? err : new IntegrityError('staging_failed', String(err)));
  };
  const accepted = (e: StagedEntry): void => {
    out.staged++;
    staged?.(e);
  };
  // Small files being written: each settles as staged or refused, and never rejects.
  let writing = 0;
  let room: (() => void) | null = null;
  let drained: (() => void) | null = null;
  const settled = (): void => {
    writing--;
    room?.();
    room = null;
    if (writing === 0) drained?.();
  };
  // Returns a promise only when the pack must wait for room: most files cost no await (10,000 in a cold sync).
  const stageWhole = (h: PackHeader, entry: StagedEntry, parts: Buffer[]): Promise<void> | undefined => {
    writing++;
    void staging.stageClaimed(entry, parts).then(accepted, (err: unknown) => refused(h, err))
      .then(settled, (err: unknown) => { settled(); throw err; }); // a throwing `staged` hook stays loud
    // The pack is read no faster than its files are written: memory stays bounded, the sender waits.
    return writing >= staging.depth ? new Promise<void>((resolve) => { room = resolve; }) : undefined;
  };
  const allWritten = (): Promise<void> => (writing === 0 ? Promise.resolve() : new Promise((resolve) => { drained = resolve; }));
  try {
    for await (const chunk of chunks) {
      for (const ev of decoder.push(chunk)) {
        switch (ev.type) {
          case 'file':
            try {
              cur = ev.header.size <= WHOLE_STAGE_MAX ? startWhole(staging, ev.header) : await startStreamed(staging, ev.header);
            } catch (err) {
              refused(ev.header, err);
              cur = { kind: 'skip', header: ev.header };
            }
            break;
          case 'data':
            if (cur?.kind === 'whole') cur.parts.push(ev.data);
            else if (cur?.kind === 'streamed') {
              try {
                await cur.file.write(ev.data);
              } catch (err) {
                refused(cur.header, err); // write() removed the partial file
                cur = { kind: 'skip', header: cur.header };
              }
            }
            break;
          case 'end':
            if (cur?.kind === 'whole') {
              const full = stageWhole(cur.header, cur.entry, cur.parts);
              if (full) await full;
            }
            else if (cur?.kind === 'streamed') {
              try {
                accepted(await cur.file.finish());
              } catch (err) {
                refused(cur.header, err);
              }
            }
            cur = null;
            break;
          case 'error':
            throw ev.error;
        }
      }
    }
    decoder.finish();
  } catch (err) {
    if (cur?.kind === 'streamed') await cur.file.abort();
    if (cur?.kind === 'whole') staging.release(cur.entry.rel);
    throw err;
  } finally {
    await allWritten();
  }
  return out;
}

// Checked at the header, not at the end: a refused path wastes no memory.
function startWhole(staging: Staging, h: PackHeader): Current {
  return { kind: 'whole', header: h, entry: staging.claimWhole(h.path, h), parts: [] };
}

async function startStreamed(staging: Staging, h: PackHeader): Promise<Current> {
  return { kind: 'streamed', header: h, file: await staging.create(h.path, h) };
}
