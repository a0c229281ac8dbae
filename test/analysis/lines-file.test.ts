// LinesFile.rotate(): the daily archive of alerts.json / archives.json while appends go on (the archive
// itself is log/daily-rotation.ts's, tested there).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LinesFile } from '../../actors/analysis/lines-file';

const DAY = new Date(2026, 10, 25, 12); // local: content of 2026-11-25
let dir: string;
let file: LinesFile;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warden-lines-'));
  file = new LinesFile(join(dir, 'alerts.json'));
});
afterEach(async () => {
  await file.close();
  rmSync(dir, { recursive: true, force: true });
});

const archive = (): string => join(dir, 'alerts', '2026', 'Nov', 'alerts-25.json.gz');
/** Appends are written by a stream: wait (real time, bounded) until the file holds `bytes`. */
async function flushed(bytes: number): Promise<void> {
  for (let i = 0; i < 500 && (!existsSync(file.file) || statSync(file.file).size < bytes); i++) await new Promise((r) => setTimeout(r, 10));
}

test('blocks before go to the archive, blocks after to the fresh file', async () => {
  file.append('{"a":1}\n', 1);
  await flushed(8);
  const rotating = file.rotate({ logsDir: dir, day: DAY });
  file.append('{"a":2}\n', 1); // still on the old stream until the fresh file opens: archived
  expect(await rotating).toMatchObject({ archive: archive(), bytes: 16 });
  file.append('{"a":3}\n', 1);
  await flushed(8);
  expect(gunzipSync(readFileSync(archive())).toString('utf8')).toBe('{"a":1}\n{"a":2}\n');
  expect(readFileSync(file.file, 'utf8')).toBe('{"a":3}\n');
  expect(file.lines).toBe(3);
});

test('closed while rotating: every block is archived and no fresh file is opened', async () => {
  file.append('{"a":1}\n', 1);
  await flushed(8);
  const rotating = file.rotate({ logsDir: dir, day: DAY });
  await file.close();
  expect(await rotating).toMatchObject({ archive: archive() });
  expect(gunzipSync(readFileSync(archive())).toString('utf8')).toBe('{"a":1}\n');
  expect(existsSync(file.file)).toBe(false);
});
