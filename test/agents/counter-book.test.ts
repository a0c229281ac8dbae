// The receiver's counter book (verify_counters) and its file under queue/rids.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CounterBook } from '../../agents/server/counter-book';
import { loadCounters, saveCounters } from '../../agents/server/counter-file';
import { parseOpenFileLimit } from '../../lib/open-file-limit';

const a1 = { id: 1, keyTag: 'k1' };

describe('CounterBook', () => {
  test('enforcing: only a pair after the last one is admitted; a new key starts afresh', () => {
    const book = new CounterBook(true);
    expect(book.admits(a1, { global: 5, local: 9 })).toBe(true);
    book.record(a1, { global: 5, local: 9 });
    expect(book.admits(a1, { global: 5, local: 9 })).toBe(false);
    expect(book.admits(a1, { global: 4, local: 9999 })).toBe(false);
    expect(book.admits(a1, { global: 5, local: 10 })).toBe(true);
    expect(book.admits(a1, { global: 6, local: 1 })).toBe(true);
    expect(book.admits({ id: 1, keyTag: 'k2' }, { global: 0, local: 1 })).toBe(true);
  });

  test('not enforcing: everything is admitted and recorded', () => {
    const book = new CounterBook(false);
    book.record(a1, { global: 5, local: 9 });
    expect(book.admits(a1, { global: 0, local: 0 })).toBe(true);
    expect(book.get(1)).toEqual({ global: 5, local: 9 });
  });

  test('changes stay unsaved until marked saved (a failed write is tried again); a forgotten agent is a change', () => {
    const book = new CounterBook(true);
    expect(book.unsaved()).toBeNull();
    book.record(a1, { global: 1, local: 2 });
    expect(book.unsaved()).toEqual([[1, { global: 1, local: 2, keyTag: 'k1' }]]);
    expect(book.unsaved()).not.toBeNull(); // not written yet
    book.markSaved();
    expect(book.unsaved()).toBeNull();
    book.forget(1);
    expect(book.unsaved()).toEqual([]);
  });
});

describe('counter file', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-rids-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  test('saved entries come back, into a book that still refuses the old pairs', () => {
    const file = path.join(dir, 'queue', 'rids', 'receiver-counters.json');
    expect(loadCounters(file)).toEqual([]);
    saveCounters(file, [[1, { global: 7, local: 3, keyTag: 'k1' }], [12, { global: 0, local: 1, keyTag: 'zz' }]]);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const book = new CounterBook(true, loadCounters(file));
    expect(book.admits(a1, { global: 7, local: 3 })).toBe(false);
    expect(book.admits(a1, { global: 7, local: 4 })).toBe(true);
    expect(book.get(12)).toEqual({ global: 0, local: 1 });
  });

  test('a file that is not a counter file is refused with its name', () => {
    const file = path.join(dir, 'c.json');
    fs.writeFileSync(file, '{"version":1,"agents":{"x":[1,2,"t"]}}');
    expect(() => loadCounters(file)).toThrow(/c\.json: bad entry for agent "x"/);
    fs.writeFileSync(file, 'not json');
    expect(() => loadCounters(file)).toThrow();
  });
});

describe('open-file limit', () => {
  test('read from /proc/self/limits text', () => {
    const text = 'Limit                     Soft Limit           Hard Limit           Units\nMax open files            1024                 4096                 files\n';
    expect(parseOpenFileLimit(text)).toBe(1024);
    expect(parseOpenFileLimit(text.replace('1024 ', 'unlimited '))).toBeNull();
    expect(parseOpenFileLimit('')).toBeNull();
  });
});
