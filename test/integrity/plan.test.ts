import { createHash } from 'node:crypto';
import { tableDigest } from '../../actors/integrity/file-table';
import { isInSync, pathsToFetch, planSync, type SyncPlan } from '../../actors/integrity/integrity-plan';
import { md5, table } from './helpers';

type Rows = readonly (readonly [string, string, number?])[];
const S = 'etc/shared';

describe('planSync', () => {
  test.each<[string, Rows, Rows, SyncPlan]>([
    ['both empty', [], [], { missing: [], changed: [], extra: [], conflicts: [] }],
    ['identical', [[`${S}/a`, 'A']], [[`${S}/a`, 'A']], { missing: [], changed: [], extra: [], conflicts: [] }],
    ['fresh worker', [[`${S}/b`, 'B'], [`${S}/a`, 'A']], [], { missing: [`${S}/a`, `${S}/b`], changed: [], extra: [], conflicts: [] }],
    ['worker only', [], [[`${S}/a`, 'A']], { missing: [], changed: [], extra: [`${S}/a`], conflicts: [] }],
    ['content differs', [[`${S}/a`, 'A2']], [[`${S}/a`, 'A']], { missing: [], changed: [`${S}/a`], extra: [], conflicts: [] }],
    ['mode differs', [[`${S}/a`, 'A', 0o600]], [[`${S}/a`, 'A', 0o644]], { missing: [], changed: [`${S}/a`], extra: [], conflicts: [] }],
    [
      'mixed',
      [[`${S}/keep`, 'K'], [`${S}/new`, 'N'], [`etc/rules/r.xml`, 'R2']],
      [[`${S}/keep`, 'K'], [`${S}/old`, 'O'], [`etc/rules/r.xml`, 'R1']],
      { missing: [`${S}/new`], changed: ['etc/rules/r.xml'], extra: [`${S}/old`], conflicts: [] },
    ],
    [
      'master file where the worker has a folder',
      [[`${S}/x`, 'X']],
      [[`${S}/x/a`, 'A'], [`${S}/x/sub/b`, 'B']],
      { missing: [`${S}/x`], changed: [], extra: [`${S}/x/a`, `${S}/x/sub/b`], conflicts: [{ path: `${S}/x`, workerHas: 'folder' }] },
    ],
    [
      'master folder where the worker has a file',
      [[`${S}/x/a`, 'A']],
      [[`${S}/x`, 'X']],
      { missing: [`${S}/x/a`], changed: [], extra: [`${S}/x`], conflicts: [{ path: `${S}/x`, workerHas: 'file' }] },
    ],
    [
      'a file deep under the worker folder',
      [[`${S}/g`, 'G']],
      [[`${S}/g/h/i/j`, 'J']],
      { missing: [`${S}/g`], changed: [], extra: [`${S}/g/h/i/j`], conflicts: [{ path: `${S}/g`, workerHas: 'folder' }] },
    ],
    [
      'prefix of a name is no folder',
      [[`${S}/ab`, 'A']],
      [[`${S}/a`, 'B'], [`${S}/abc/d`, 'D']],
      { missing: [`${S}/ab`], changed: [], extra: [`${S}/a`, `${S}/abc/d`], conflicts: [] },
    ],
  ])('%s', (_name, master, worker, expected) => {
    expect(planSync(table(master), table(worker))).toEqual(expected);
  });

  test('isInSync and pathsToFetch', () => {
    const plan = planSync(table([[`${S}/a`, 'A'], [`${S}/b`, 'B2']]), table([[`${S}/b`, 'B']]));
    expect(isInSync(plan)).toBe(false);
    expect(pathsToFetch(plan)).toEqual([`${S}/a`, `${S}/b`]);
    expect(isInSync(planSync(table([[`${S}/a`, 'A']]), table([[`${S}/a`, 'A']])))).toBe(true);
  });
});

describe('tableDigest', () => {
  const base: Rows = [[`${S}/a`, 'A'], [`${S}/b`, 'B']];
  test.each<[string, Rows, boolean]>([
    ['same rows in another order', [[`${S}/b`, 'B'], [`${S}/a`, 'A']], true],
    ['a content change', [[`${S}/a`, 'A2'], [`${S}/b`, 'B']], false],
    ['a mode change', [[`${S}/a`, 'A', 0o600], [`${S}/b`, 'B']], false],
    ['a rename', [[`${S}/a2`, 'A'], [`${S}/b`, 'B']], false],
    ['a file more', [...base, [`${S}/c`, 'C']], false],
    ['a file less', [[`${S}/a`, 'A']], false],
  ])('%s', (_n, rows, equal) => {
    expect(tableDigest(table(rows)) === tableDigest(table(base))).toBe(equal);
  });

  test('is the MD5 of "path NUL md5 NUL octal mode" lines in UTF-16 order, however many files (nodes of other versions compare it)', () => {
    const names = ['a', 'ü', '😀', '\uFFFD', 'Z', 'a/b'];
    const rows = Array.from({ length: 12_000 }, (_, i) => [`${S}/${names[i % names.length]}-${i}`, `tag ${i}`, 0o640 + (i % 3)] as const);
    const byUnits = [...rows].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const want = createHash('md5').update(byUnits.map(([p, tag, mode]) => `${p}\0${md5(tag)}\0${mode.toString(8)}\n`).join('')).digest('hex');
    expect(tableDigest(table(rows))).toBe(want);
  });

  test('ignores mtime and size, which the MD5 covers', () => {
    const t = table(base);
    const touched = new Map([...t].map(([p, e]) => [p, { ...e, mtimeMs: e.mtimeMs + 1000 }]));
    expect(tableDigest(touched)).toBe(tableDigest(t));
    expect(tableDigest(new Map())).toMatch(/^[0-9a-f]{32}$/);
  });
});
