// The wire helpers and the ruleset view: pure, table-driven.
import { addWireFiles, tableToWire, TABLE_PART_SIZE } from '../../actors/integrity/integrity-wire';
import { folderDigests, masterTableOf } from '../../actors/integrity/integrity-feed';
import { rulesetView } from '../../actors/integrity/ruleset-view';
import type { FileEntry } from '../../actors/integrity/file-table';
import { table } from './helpers';

describe('integrity wire', () => {
  test('a table survives the trip in parts of TABLE_PART_SIZE', () => {
    const rows: [string, string][] = Array.from({ length: TABLE_PART_SIZE + 3 }, (_, i) => [`etc/rules/r${i}.xml`, `t${i}`]);
    const t = table(rows);
    const parts = tableToWire(t);
    expect(parts.map((p) => p.length)).toEqual([TABLE_PART_SIZE, 3]);
    const back = new Map<string, FileEntry>();
    for (const p of parts) addWireFiles(back, p);
    expect(back).toEqual(t);
    expect(tableToWire(new Map())).toEqual([[]]);
  });

  test.each([
    { what: 'a bad MD5', f: { path: 'etc/rules/a', md5: 'zz', size: 1, mtimeMs: 1, mode: 0o640 } },
    { what: 'a negative size', f: { path: 'etc/rules/a', md5: 'a'.repeat(32), size: -1, mtimeMs: 1, mode: 0o640 } },
    { what: 'no path', f: { md5: 'a'.repeat(32), size: 1, mtimeMs: 1, mode: 0o640 } },
    { what: 'no mtime', f: { path: 'etc/rules/a', md5: 'a'.repeat(32), size: 1, mode: 0o640 } },
  ])('a table entry with $what is refused', ({ f }) => {
    expect(() => addWireFiles(new Map(), [f])).toThrow(/malformed table entry/);
  });

  test('folder digests split the table by synced folder', () => {
    const t = table([['etc/rules/a.xml', 'a'], ['etc/lists/l', 'l']]);
    const d = folderDigests(t);
    expect(Object.keys(d).sort()).toEqual(['etc/decoders', 'etc/lists', 'etc/rules', 'etc/shared', 'ruleset/decoders', 'ruleset/lists', 'ruleset/rules']);
    expect(d['etc/rules']).toBe(folderDigests(table([['etc/rules/a.xml', 'a']]))['etc/rules']);
    expect(d['etc/rules']).not.toBe(folderDigests(table([['etc/rules/a.xml', 'b']]))['etc/rules']);
  });

  test('ruleset view: per folder match, unknown before a report, workers sorted', () => {
    const master = masterTableOf(table([['etc/rules/a.xml', 'a'], ['etc/decoders/d.xml', 'd']]), 0);
    const behind = masterTableOf(table([['etc/rules/a.xml', 'OLD'], ['etc/decoders/d.xml', 'd']]), 0);
    const reports = new Map([
      ['w2', { digest: master.digest, folders: master.folders, files: 2, at: 0 }],
      ['w1', { digest: behind.digest, folders: behind.folders, files: 2, at: 0 }],
    ]);
    const v = rulesetView('m', master, ['w1', 'w2', 'w3'], reports);
    expect(v.workers.map((w) => [w.name, w.rules, w.decoders, w.lists, w.in_sync])).toEqual([
      ['w1', false, true, true, false],
      ['w2', true, true, true, true],
      ['w3', null, null, null, false],
    ]);
    expect(v.master).toMatchObject({ name: 'm', files: 2, digest: master.digest, rules: master.folders['etc/rules'] });
  });

  test('ruleset view: the installed ruleset (ruleset/rules, decoders, lists) matches as one part', () => {
    const files: [string, string][] = [['etc/rules/a.xml', 'a'], ['ruleset/rules/r.xml', 'r'], ['ruleset/decoders/d.xml', 'd'], ['ruleset/lists/l', 'l']];
    const master = masterTableOf(table(files), 0);
    const report = (rows: [string, string][]) => { const t = masterTableOf(table(rows), 0); return { digest: t.digest, folders: t.folders, files: rows.length, at: 0 }; };
    const reports = new Map([
      ['same', report(files)],
      ['list-behind', report(files.map(([p, tag]) => [p, p === 'ruleset/lists/l' ? 'old' : tag] as [string, string]))],
      ['none', report([['etc/rules/a.xml', 'a']])],
      // An older worker reports no ruleset/ folders at all.
      ['older', { digest: 'x', folders: { 'etc/rules': master.folders['etc/rules'] }, files: 1, at: 0 }],
    ]);
    const v = rulesetView('m', master, [], reports);
    expect(Object.fromEntries(v.workers.map((w) => [w.name, [w.rules, w.installed]]))).toEqual({
      same: [true, true], 'list-behind': [true, false], none: [true, false], older: [true, false],
    });
    const bare = masterTableOf(table([['etc/rules/a.xml', 'a']]), 0);
    expect(rulesetView('m', bare, [], new Map([['none', report([['etc/rules/a.xml', 'a']])]])).workers[0].installed).toBe(true);
  });
});
