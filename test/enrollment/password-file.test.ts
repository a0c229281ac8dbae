// Reading agents.enrollment_password_file: the first line, as authd reads authd.pass; clear errors.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnrollmentPassword } from '../../agents/enrollment/password-file';
import { exposedSecretWarning } from '../../lib/private-files';
import { enrollmentPasswordSecret } from '../../actors/node/key-files';

describe('readEnrollmentPassword', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warden-pass-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (content: string | Buffer, mode = 0o600): string => {
    const f = join(dir, 'authd.pass');
    writeFileSync(f, content);
    chmodSync(f, mode);
    return f;
  };

  test.each([
    ['TopSecret\n', 'TopSecret'],
    ['TopSecret', 'TopSecret'],
    ['TopSecret\r\n', 'TopSecret'],
    ['two words\nsecond line ignored\n', 'two words'],
    [' spaced \n', ' spaced '],
  ])('%j is the password %j', async (content, password) => {
    expect(await readEnrollmentPassword(file(content))).toEqual({ password, mode: 0o600 });
  });

  test('the mode is reported, for the warning', async () => {
    expect((await readEnrollmentPassword(file('p\n', 0o640))).mode).toBe(0o640);
    const secret = enrollmentPasswordSecret('/x/authd.pass');
    expect(exposedSecretWarning(secret, 0o644)).toBe('/x/authd.pass holds the enrollment password and is readable by others (mode 0644): run `chmod 600 /x/authd.pass`.');
    expect(exposedSecretWarning(secret, 0o640)).toBeNull(); // authd.pass 0640 root:wazuh is Wazuh's own layout
    expect(exposedSecretWarning(secret, 0o600)).toBeNull();
    expect(exposedSecretWarning(secret, 0o400)).toBeNull();
  });

  test.each([
    ['', /is empty/],
    ['\n', /is empty/],
    ['\r\nsecond\n', /is empty/],
    ['x'.repeat(5000), /no line break in its first 4096 bytes/],
  ])('%j is refused', async (content, msg) => {
    const f = file(content);
    await expect(readEnrollmentPassword(f)).rejects.toThrow(msg);
    await expect(readEnrollmentPassword(f)).rejects.toThrow(f);
  });

  test('a missing or unreadable file is refused, naming it', async () => {
    const missing = join(dir, 'nope.pass');
    await expect(readEnrollmentPassword(missing)).rejects.toThrow(`cannot read the enrollment password file ${missing}: ENOENT`);
    await expect(readEnrollmentPassword(dir)).rejects.toThrow(`cannot read the enrollment password file ${dir}`);
  });
});
