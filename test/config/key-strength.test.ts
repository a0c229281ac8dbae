// The cluster key check refuses obviously weak keys, says why, and never echoes the key; `warden keygen`
// keys always pass.
import { KEY } from '../../config/checks';
import { generateKey } from '../../scripts/keygen';

describe('cluster key strength', () => {
  test.each([
    ['one repeated character', 'a'.repeat(32), /one character repeated|distinct/],
    ['two characters alternating', 'ab'.repeat(16), /distinct|repeats/],
    ['a block repeated', 'Xk9pQ2mT7w'.repeat(3) + 'Xk', /repeats a block of 10/],
    ['hex digits twice', '0123456789abcdef0123456789abcdef', /repeats|sequence/],
    ['the alphabet', 'abcdefghijklmnopqrstuvwxyzABCDEF', /sequence/],
    ['runs up and down', '0123456789abcdef0123456789ABCDEF', /sequence/],
    ['a countdown', 'ZYXWVUTSRQPONMLKJIHGFEDCBA987654', /sequence/],
    ['few distinct characters', 'aabbaabbccddccddaabbccddaabbccdd', /distinct/],
  ])('%s is refused, and the problem does not echo the key', (_what, key, why) => {
    const r = KEY.parse(key);
    expect(r.ok).toBe(false);
    const what = r.ok ? '' : r.what;
    expect(what).toMatch(why);
    expect(what).toMatch(/warden keygen/);
    expect(what).not.toContain(key.slice(0, 8));
  });

  test('10,000 keys from warden keygen all pass', () => {
    for (let i = 0; i < 10_000; i++) {
      const key = generateKey();
      const r = KEY.parse(key);
      if (!r.ok) throw new Error(`keygen key refused: ${r.what}`);
    }
  });

  test('a strong key written by hand passes', () => {
    expect(KEY.parse('hT4vQm9ZrX2bLw7sNc1yPe8uKd3gFj6a')).toEqual({ ok: true, value: 'hT4vQm9ZrX2bLw7sNc1yPe8uKd3gFj6a' });
  });
});
