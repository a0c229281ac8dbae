// The sync marker on disk: written whole, read back, and a bad file costs the marker, never the start.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSyncMarker, syncMarkerPath, writeSyncMarker } from '../../actors/worker/sync-marker';

describe('sync marker', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-marker-'));
    fs.mkdirSync(path.join(dir, 'queue', 'cluster'), { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('none at first; what is written is read back; no temporary file is left', () => {
    expect(readSyncMarker(dir)).toEqual({ marker: null, problem: null });
    writeSyncMarker(dir, { at: 5, files: 3, agents: 2 });
    expect(readSyncMarker(dir)).toEqual({ marker: { at: 5, files: 3, agents: 2 }, problem: null });
    expect(fs.readdirSync(path.dirname(syncMarkerPath(dir)))).toEqual(['sync-marker.json']);
  });

  test.each([
    ['not JSON', '{', /is not JSON/],
    ['JSON without the fields', '{"at":1}', /does not hold a sync marker/],
    ['negative counts', '{"at":1,"files":-1,"agents":0}', /does not hold a sync marker/],
  ])('a file holding %s is ignored, with the problem named', (_what, text, problem) => {
    fs.writeFileSync(syncMarkerPath(dir), text);
    const r = readSyncMarker(dir);
    expect(r.marker).toBeNull();
    expect(r.problem).toMatch(problem);
    expect(r.problem).toContain(syncMarkerPath(dir));
  });
});
