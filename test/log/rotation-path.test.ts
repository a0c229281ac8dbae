// Where a daily rotation puts each file (Wazuh's layout), and which name it takes, table-driven.
// Dates are local (new Date(y, m, d, ...)): the tables hold under TZ=UTC and TZ=Etc/GMT-12.
import { join } from 'node:path';
import { archiveFileName, archiveFolder, contentDay, MONTH_FOLDERS, splitLogName } from '../../log/rotation-path';

const day = (y: number, mo: number, d: number): Date => new Date(y, mo - 1, d, 12);

test.each<[string, string, string]>([
  ['cluster.log', 'cluster', 'log'],
  ['alerts.json', 'alerts', 'json'],
  ['archives.json', 'archives', 'json'],
  ['ossec.tar.log', 'ossec.tar', 'log'],
  ['plain', 'plain', ''],
  ['.hidden', '.hidden', ''],
])('splitLogName(%j) is %s + %s', (base, stem, ext) => expect(splitLogName(base)).toEqual({ stem, ext }));

test.each<[number, string]>([
  [new Date(2026, 11, 2, 0, 0, 0).getTime(), '2026-12-01'], // midnight rotation: the day before
  [new Date(2027, 0, 1, 0, 0, 0).getTime(), '2026-12-31'], // across a year
  [new Date(2026, 2, 1, 0, 0, 0).getTime(), '2026-02-28'], // across a month
  [new Date(2026, 11, 2, 0, 0, 0, 1).getTime(), '2026-12-02'], // a ms late is the new day: fire times are exact
  [new Date(2026, 11, 2, 12, 0, 0).getTime(), '2026-12-02'], // a noon rotation: the same day
])('contentDay(%d) is %s', (firedAt, expected) => {
  const d = contentDay(firedAt);
  const text = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  expect(text).toBe(expected);
});

test.each<[string, Date, string]>([
  ['cluster.log', day(2026, 12, 1), 'cluster/2026/Dec'],
  ['alerts.json', day(2026, 1, 31), 'alerts/2026/Jan'],
  ['archives.json', day(2027, 5, 9), 'archives/2027/May'],
])('archiveFolder for %s on %s is <logs>/%s', (live, d, rel) => {
  expect(archiveFolder('/var/w/logs', splitLogName(live), d)).toBe(join('/var/w/logs', rel));
});

test('the month folders are English three-letter names', () => {
  expect(MONTH_FOLDERS.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
});

describe('archiveFileName', () => {
  const cluster = splitLogName('cluster.log');
  const alerts = splitLogName('alerts.json');
  test.each<[string, { stem: string; ext: string }, Date, string[], string]>([
    ['first of the day', cluster, day(2026, 12, 1), [], 'cluster-01.log.gz'],
    ['two-digit day', alerts, day(2026, 12, 25), [], 'alerts-25.json.gz'],
    ['other days do not count', cluster, day(2026, 12, 2), ['cluster-01.log.gz', 'cluster-01-2.log.gz'], 'cluster-02.log.gz'],
    ['second of the day', cluster, day(2026, 12, 1), ['cluster-01.log.gz'], 'cluster-01-2.log.gz'],
    ['third of the day', cluster, day(2026, 12, 1), ['cluster-01.log.gz', 'cluster-01-2.log.gz'], 'cluster-01-3.log.gz'],
    ['above the highest, even after a gap', cluster, day(2026, 12, 1), ['cluster-01.log.gz', 'cluster-01-5.log.gz'], 'cluster-01-6.log.gz'],
    ['a counter alone still counts', cluster, day(2026, 12, 1), ['cluster-01-2.log.gz'], 'cluster-01-3.log.gz'],
    ['a temporary file is not an archive', cluster, day(2026, 12, 1), ['cluster-01.log.gz.tmp'], 'cluster-01.log.gz'],
    ['other names are ignored', cluster, day(2026, 12, 1), ['cluster-01-x.log.gz', 'cluster-01-02.log.gz', 'alerts-01.json.gz', 'cluster-011.log.gz'], 'cluster-01.log.gz'],
    ['other extension', alerts, day(2026, 12, 1), ['alerts-01.log.gz'], 'alerts-01.json.gz'],
    ['no extension', { stem: 'plain', ext: '' }, day(2026, 12, 1), ['plain-01.gz'], 'plain-01-2.gz'],
  ])('%s', (_name, name, d, existing, expected) => {
    expect(archiveFileName(name, d, existing)).toBe(expected);
  });
});
