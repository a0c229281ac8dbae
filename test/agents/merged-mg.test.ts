import { createHash } from 'node:crypto';
import {
  buildAgentMergedMg,
  buildMergedMg,
  combineMultigroup,
  isWazuhBinaryFile,
  multigroupHash,
  SharedFile,
} from '../../agents/groups/merged-mg';

const f = (relativePath: string, text: string | Buffer): SharedFile => ({ relativePath, bytes: typeof text === 'string' ? Buffer.from(text) : text });
const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');

describe('binary files as Wazuh sees them', () => {
  it.each([
    ['plain text', 'a\nb\n', false],
    ['empty', '', false],
    ['NUL in a newline-ended line', 'a\0b\nc\n', true],
    ['NUL in the last line without newline (not seen by fgets)', 'a\nb\0c', false],
    ['NUL right before the newline', 'abc\0\n', true],
  ])('%s', (_what, text, binary) => {
    expect(isWazuhBinaryFile(Buffer.from(text, 'latin1'))).toBe(binary);
  });

  it('reads lines longer than 65536 bytes in pieces like fgets', () => {
    const longLine = Buffer.concat([Buffer.alloc(70000, 0x61), Buffer.from('\n')]);
    const withNulEarly = Buffer.from(longLine);
    withNulEarly[10] = 0;
    const withNulLate = Buffer.from(longLine);
    withNulLate[69000] = 0;
    expect(isWazuhBinaryFile(longLine)).toBe(false);
    // The first 65536-byte piece has no newline, so its NUL goes unseen; the second piece ends in one.
    expect(isWazuhBinaryFile(withNulEarly)).toBe(false);
    expect(isWazuhBinaryFile(withNulLate)).toBe(true);
  });
});

describe('merged.mg of one group', () => {
  it('writes the tag, then each file as !<size> <path>, sorted, and its md5', () => {
    const m = buildMergedMg('default', [f('b.txt', 'B'), f('agent.conf', '<agent_config/>\n'), f('A.txt', 'é')]);
    const expected = '#default\n!1 A.txt\n' + 'é' + '' + '!16 agent.conf\n<agent_config/>\n!1 b.txt\nB';
    // é is two bytes in UTF-8, so its size is 2.
    expect(m.content.toString()).toBe(expected.replace('!1 A.txt', '!2 A.txt'));
    expect(m.md5).toBe(md5(m.content));
    expect(m.included).toEqual(['A.txt', 'agent.conf', 'b.txt']);
  });

  it.each([
    ['hidden files and folders', [f('.hidden', 'x'), f('.git/config', 'x'), f('sub/.secret', 'x')], 'hidden'],
    ['merged.mg and its temp file', [f('merged.mg', 'x'), f('merged.mg.tmp', 'x')], 'merged'],
    ['binary files', [f('bin.dat', Buffer.from('a\0\n'))], 'binary'],
  ])('skips %s', (_what, files, reason) => {
    const m = buildMergedMg('g', [f('keep.txt', 'k'), ...files]);
    expect(m.content.toString()).toBe('#g\n!1 keep.txt\nk');
    expect(m.skipped.map((s) => s.reason)).toEqual(files.map(() => reason));
  });

  it('recurses with relative paths, ordered per path component, bytes exact', () => {
    const bin = Buffer.from([0xff, 0xfe, 0x0a]);
    const m = buildMergedMg('g', [f('a.txt', '1'), f('a/z.txt', '22'), f('a/b/c.txt', bin)]);
    expect(m.included).toEqual(['a/b/c.txt', 'a/z.txt', 'a.txt']);
    expect(m.content.equals(Buffer.concat([Buffer.from('#g\n!3 a/b/c.txt\n'), bin, Buffer.from('!2 a/z.txt\n22!1 a.txt\n1')]))).toBe(true);
  });

  it('puts etc/shared/ar.conf first when given', () => {
    const m = buildMergedMg('g', [f('agent.conf', 'x')], { arConf: Buffer.from('restart-ossec0 - restart-ossec.sh - 0\n') });
    expect(m.content.toString()).toBe('#g\n!38 ar.conf\nrestart-ossec0 - restart-ossec.sh - 0\n!1 agent.conf\nx');
  });

  it('an empty group is just its tag', () => {
    const m = buildMergedMg('empty', []);
    expect(m.content.toString()).toBe('#empty\n');
    expect(m.md5).toBe(md5(Buffer.from('#empty\n')));
  });
});

describe('merged.mg of several groups', () => {
  const web = { group: 'web', files: [f('agent.conf', '<agent_config>web</agent_config>\n'), f('shared.txt', 'from web'), f('web.txt', 'w')] };
  const db = { group: 'db', files: [f('agent.conf', '<agent_config>db</agent_config>\n'), f('shared.txt', 'from db'), f('x.bin', Buffer.from('\0\n'))] };

  it('tags with the first 8 hex of sha256 of the group list', () => {
    expect(multigroupHash(['web', 'db'])).toBe(createHash('sha256').update('web,db').digest('hex').slice(0, 8));
  });

  it('lets later groups win and concatenates agent.conf pieces with their source line', () => {
    const files = combineMultigroup([web, db]);
    const byPath = new Map(files.map((x) => [x.relativePath, x.bytes.toString()]));
    expect(byPath.get('shared.txt')).toBe('from db');
    expect(byPath.get('web.txt')).toBe('w');
    expect(byPath.has('x.bin')).toBe(false);
    expect(byPath.get('agent.conf')).toBe(
      '<!-- Source file: web/agent.conf -->\n<agent_config>web</agent_config>\n<!-- Source file: db/agent.conf -->\n<agent_config>db</agent_config>\n',
    );
  });

  it('builds the merged file for one group or several', () => {
    expect(buildAgentMergedMg([web]).content.toString().startsWith('#web\n')).toBe(true);
    const both = buildAgentMergedMg([web, db]);
    expect(both.content.toString().startsWith(`#${multigroupHash(['web', 'db'])}\n`)).toBe(true);
    expect(both.included).toEqual(['agent.conf', 'shared.txt', 'web.txt']);
    expect(buildAgentMergedMg([db, web]).md5).not.toBe(both.md5);
  });
});
