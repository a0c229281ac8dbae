// The upgrade from logs/alerts.json and logs/archives.json to Wazuh's logs/alerts/alerts.json and
// logs/archives/archives.json: old files are left in place, and the node says once where lines go now.
import * as fs from 'fs';
import * as path from 'path';
import { alertsPath, archivesPath } from '../../actors/node/data-dir';
import { legacyLogNotes } from '../../actors/node/legacy-logs';
import { InProcCluster } from '../helpers/inproc';

describe('legacyLogNotes', () => {
  const D = '/srv/warden';
  test.each<[string, string[], RegExp[]]>([
    ['a fresh data dir', [], []],
    ['new files only', [`${D}/logs/alerts/alerts.json`, `${D}/logs/archives/archives.json`], []],
    ['an old alerts.json', [`${D}/logs/alerts.json`], [
      /^\/srv\/warden\/logs\/alerts\.json is from an earlier Warden and left in place: alerts\.json lines now go to \/srv\/warden\/logs\/alerts\/alerts\.json \(Wazuh's path/,
    ]],
    ['both old files', [`${D}/logs/alerts.json`, `${D}/logs/archives.json`], [
      /^\/srv\/warden\/logs\/alerts\.json is .* now go to \/srv\/warden\/logs\/alerts\/alerts\.json /,
      /^\/srv\/warden\/logs\/archives\.json is .* now go to \/srv\/warden\/logs\/archives\/archives\.json /,
    ]],
    ['a leftover of a failed rotation too', [`${D}/logs/archives.json`, `${D}/logs/archives.json.rotating`], [
      /^\/srv\/warden\/logs\/archives\.json and \/srv\/warden\/logs\/archives\.json\.rotating are from an earlier Warden/,
    ]],
  ])('%s', (_name, present, expected) => {
    const notes = legacyLogNotes(D, (f) => present.includes(f));
    expect(notes).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(notes[i]).toMatch(re));
  });
});

describe('a node started on a data dir of an earlier Warden', () => {
  let c: InProcCluster;
  afterEach(() => c.stopAll());

  test('leaves logs/alerts.json in place, writes to logs/alerts/, and says so once', async () => {
    c = new InProcCluster();
    const conf = c.config('m1', 'master');
    const oldAlerts = path.join(conf.dataDir, 'logs', 'alerts.json');
    fs.mkdirSync(path.dirname(oldAlerts), { recursive: true });
    fs.writeFileSync(oldAlerts, '{"rule":{"id":"5710"}}\n');
    const m = await c.start(conf);
    expect(fs.readFileSync(oldAlerts, 'utf8')).toBe('{"rule":{"id":"5710"}}\n');
    expect(fs.existsSync(alertsPath(conf.dataDir))).toBe(true);
    expect(fs.existsSync(archivesPath(conf.dataDir))).toBe(true);
    const notes = m.log.lines.filter((l) => l.includes('from an earlier Warden'));
    expect(notes).toEqual([expect.stringMatching(/WARNING: \[Master m1\] \[Analysis\] .*logs\/alerts\.json is from an earlier Warden and left in place: alerts\.json lines now go to .*logs\/alerts\/alerts\.json/)]);
  });
});
