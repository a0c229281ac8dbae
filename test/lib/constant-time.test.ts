// secretEquals: equality of strings of any length, by digests compared in constant time.
import { secretEquals } from '../../lib/constant-time';

test.each([
  ['s3cret', 's3cret', true],
  ['s3cret', 's3creT', false],
  ['s3cre', 's3cret', false],
  ['s3cret ', 's3cret', false],
  ['', '', true],
  ['', 'x', false],
  ['pässwörd', 'pässwörd', true],
  ['pässwörd', 'passwörd', false],
  ['x'.repeat(5000), 'x'.repeat(5000), true],
])('secretEquals(%j, %j) is %s', (given, secret, equal) => {
  expect(secretEquals(given, secret)).toBe(equal);
});
