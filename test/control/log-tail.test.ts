// `log-tail`: which cluster.log lines match a filter (pure), and the tail and follow-up reads of a real
// file, through a partial last line, a rotation and more than one read can take.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { matchesLogFilter, parseLevel, parseLogLine, wholeLines } from '../../actors/control/log-filter';
import { LOG_READ_MAX, readLogTail } from '../../actors/control/log-tail';

const KA = '2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.';
const SYNC = '2026/11/26 10:00:03 WARNING: [Master master-1] [Integrity sync] [worker-2] Finished in 0.214s: 3 missing.';
const ERR = '2026/11/26 10:00:04 ERROR: [Master master-1] [Supervisor] /master/listener failed: boom.';
const DBG = '2026/11/26 10:00:05 DEBUG: [Worker worker-1] a line with no task';

describe('log filter', () => {
  test('parses the level and the tags after the node', () => {
    expect(parseLogLine(SYNC)).toEqual({ level: 'warning', tags: ['Integrity sync', 'worker-2'] });
    expect(parseLogLine(DBG)).toEqual({ level: 'debug', tags: [] });
    expect(parseLogLine('not a log line')).toBeNull();
  });

  test.each<[{ level?: 'error' | 'warning' | 'info' | 'debug'; task?: string }, string[]]>([
    [{}, [KA, SYNC, ERR, DBG, 'garbage']],
    [{ level: 'warning' }, [SYNC, ERR]],
    [{ level: 'error' }, [ERR]],
    [{ level: 'debug' }, [KA, SYNC, ERR, DBG]],
    [{ task: 'keep' }, [KA]],
    [{ task: 'WORKER-2' }, [SYNC]],
    [{ task: 'Integrity', level: 'error' }, []],
  ])('%j', (filter, shown) => {
    expect([KA, SYNC, ERR, DBG, 'garbage'].filter((l) => matchesLogFilter(l, filter))).toEqual(shown);
  });

  test('levels by name, warn for warning, anything else refused by name', () => {
    expect(parseLevel('WARN')).toBe('warning');
    expect(parseLevel('info')).toBe('info');
    expect(() => parseLevel('loud')).toThrow('unknown log level "loud"; use one of error, warning, info, debug');
  });

  test.each<[string, boolean, string[], number]>([
    ['a\nb\nc', true, ['a', 'b'], 4],
    ['a\nb\n', true, ['a', 'b'], 4],
    ['tial\nb\n', false, ['b'], 7],
    ['partial', true, [], 0],
    ['é\n', true, ['é'], 3],
  ])('whole lines of %j (at a line start: %p)', (chunk, atStart, lines, consumed) => {
    expect(wholeLines(Buffer.from(chunk), atStart)).toEqual({ lines, consumed });
  });
});

describe('readLogTail', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-logtail-'));
    file = path.join(dir, 'cluster.log');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no file yet: no lines, offset 0', () => {
    expect(readLogTail(file, {}, 10, null)).toEqual({ file, lines: [], offset: 0, skipped: 0, rotated: false });
  });

  test('the last N matching lines, then only what was written since, whole lines only', () => {
    fs.writeFileSync(file, [KA, SYNC, ERR, KA, ''].join('\n'));
    const tail = readLogTail(file, { level: 'warning' }, 1, null);
    expect(tail.lines).toEqual([ERR]);
    expect(readLogTail(file, {}, 2, null).lines).toEqual([ERR, KA]);
    fs.appendFileSync(file, `${SYNC}\n${KA.slice(0, 20)}`); // a line still being written
    const next = readLogTail(file, {}, 20, tail.offset);
    expect(next.lines).toEqual([SYNC]);
    fs.appendFileSync(file, `${KA.slice(20)}\n`);
    const last = readLogTail(file, {}, 20, next.offset);
    expect(last.lines).toEqual([KA]);
    expect(last.offset).toBe(fs.statSync(file).size);
    expect(readLogTail(file, {}, 20, last.offset).lines).toEqual([]);
  });

  test('a file that shrank was rotated: read again from its start', () => {
    fs.writeFileSync(file, `${KA}\n${KA}\n${KA}\n`);
    const before = readLogTail(file, {}, 10, null);
    fs.writeFileSync(file, `${ERR}\n`);
    expect(readLogTail(file, {}, 10, before.offset)).toMatchObject({ lines: [ERR], rotated: true, skipped: 0 });
  });

  test('more than one read can take is skipped, and said', () => {
    fs.writeFileSync(file, `${KA}\n`);
    const start = readLogTail(file, {}, 10, null);
    fs.appendFileSync(file, `${KA}\n`.repeat(Math.ceil((LOG_READ_MAX * 1.5) / (KA.length + 1))));
    const r = readLogTail(file, {}, 10, start.offset);
    expect(r.skipped).toBeGreaterThan(LOG_READ_MAX / 3);
    expect(r.lines.every((l) => l === KA)).toBe(true);
    expect(r.offset).toBe(fs.statSync(file).size);
  });
});
