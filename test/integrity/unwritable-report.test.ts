// Files a worker cannot write, as pure code sees them: which failures are one file's, how a path is
// shown, and the report that rides to the master in the folders map (bounded, printable, and a
// worker's malformed one shows as nothing).
import { IntegrityError } from '../../actors/integrity/errors';
import { masterTableOf } from '../../actors/integrity/integrity-feed';
import { rulesetView, unwritableOf, unwritableReportExtras } from '../../actors/integrity/ruleset-view';
import { shownPath, unwritableReason } from '../../actors/integrity/unwritable';
import { rulesetTable } from '../../scripts/commands/control';
import { table } from './helpers';

const errno = (code: string): Error => Object.assign(new Error(`${code}: something, '/a/long/path'`), { code });

describe('unwritableReason', () => {
  test.each([
    ['ENAMETOOLONG', /^ENAMETOOLONG: its full path is too long on this node/],
    ['EPERM', /^EPERM: not permitted here/],
    ['EACCES', /^EACCES: permission denied$/],
    ['EROFS', /^EROFS: /],
    ['EXDEV', /^EXDEV: /],
    ['EWHATEVER', /^EWHATEVER: refused by the file system$/],
  ])('%s is the file\'s alone', (code, reason) => {
    expect(unwritableReason(errno(code))).toMatch(reason);
    expect(unwritableReason(errno(code))).not.toContain('/a/long/path');
  });

  test.each(['ENOSPC', 'EDQUOT', 'EIO', 'EMFILE', 'ENFILE', 'ENOMEM'])('%s is the node\'s: no reason, the apply fails', (code) => {
    expect(unwritableReason(errno(code))).toBeUndefined();
  });

  test('a bug is no file\'s problem; a path refused by the guard is', () => {
    expect(unwritableReason(new TypeError('x is undefined'))).toBeUndefined();
    expect(unwritableReason(Object.assign(new Error('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    const refused = new IntegrityError('path_symlink', 'refused path "etc/shared/a/b": etc/shared/a is a symlink', { path: 'etc/shared/a/b' });
    expect(unwritableReason(refused)).toBe(refused.message);
  });
});

test('shownPath: short paths whole and quoted, long ones cut with their length', () => {
  expect(shownPath('etc/rules/a b.xml')).toBe('"etc/rules/a b.xml"');
  expect(shownPath('etc/shared/x\ny')).toBe('"etc/shared/x\\ny"');
  const long = `etc/rules/${'d'.repeat(4000)}/f.xml`;
  expect(shownPath(long)).toMatch(/^"etc\/rules\/d+…d+\/f\.xml" \(4016 bytes\)$/);
  expect(shownPath(long).length).toBeLessThan(300);
});

describe('the unwritable report', () => {
  test('round trip: at most 20 files named, the count says how many in all; none is no key at all', () => {
    const list = Array.from({ length: 25 }, (_, i) => ({ path: `etc/rules/locked/r${i}.xml`, reason: 'EPERM: not permitted here' }));
    const back = unwritableOf(unwritableReportExtras(list));
    expect(back.count).toBe(25);
    expect(back.files).toEqual(list.slice(0, 20));
    expect(unwritableReportExtras([])).toEqual({});
    expect(unwritableOf({})).toEqual({ count: 0, files: [] });
  });

  test.each<[string, string, { count: number; files: unknown[] }]>([
    ['not JSON', '{"count":', { count: 0, files: [] }],
    ['not an object', '42', { count: 0, files: [] }],
    ['files not a list', '{"count":3,"files":"x"}', { count: 3, files: [] }],
    ['entries without text', '{"count":2,"files":[{"path":1,"reason":"r"},{"path":"p"}]}', { count: 2, files: [] }],
    ['a count that is no count', '{"count":1e300,"files":[{"path":"p","reason":"r"}]}', { count: 1, files: [{ path: 'p', reason: 'r' }] }],
    ['a count below its files', '{"count":-5,"files":[{"path":"p","reason":"r"}]}', { count: 1, files: [{ path: 'p', reason: 'r' }] }],
    ['control characters', '{"count":1,"files":[{"path":"a\\u001b[31m","reason":"r\\nFAKE LOG LINE"}]}', { count: 1, files: [{ path: 'a?[31m', reason: 'r?FAKE LOG LINE' }] }],
  ])('a worker\'s report with %s is bounded and printable', (_what, raw, want) => {
    expect(unwritableOf({ unwritable: raw })).toEqual(want);
  });

  test('control ruleset shows each worker\'s count and files', () => {
    const master = masterTableOf(table([['etc/rules/a.xml', 'a']]), 0);
    const folders = { ...master.folders, ...unwritableReportExtras([{ path: 'etc/rules/locked/a.xml', reason: 'EPERM: not permitted here' }]) };
    const v = rulesetView('m', master, ['w1'], new Map([['w1', { digest: 'other', folders, files: 1, at: 0 }]]));
    expect(v.workers[0]).toMatchObject({ unwritable: 1, unwritable_files: [{ path: 'etc/rules/locked/a.xml', reason: 'EPERM: not permitted here' }] });
    expect(rulesetTable(v)).toMatch(/w1: 1 files could not be written there \(tried again at each sync\):\n {2}"etc\/rules\/locked\/a\.xml": EPERM: not permitted here/);
  });
});
