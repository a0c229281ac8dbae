import { validateConfig } from '../../config/schema';
import { generateKey, KEY_LENGTH } from '../../scripts/keygen';

describe('generateKey', () => {
  test('32 characters of letters and digits', () => {
    for (let i = 0; i < 100; i++) expect(generateKey()).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(KEY_LENGTH).toBe(32);
  });

  test('two calls differ', () => {
    expect(generateKey()).not.toBe(generateKey());
  });

  test('draws from the whole alphabet, roughly evenly', () => {
    const counts = new Map<string, number>();
    const keys = 2_000; // 64,000 characters, about 1,032 per symbol
    for (let i = 0; i < keys; i++) for (const ch of generateKey()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = (keys * KEY_LENGTH) / 62;
    // 250 is ~7.8 standard deviations: a false failure is rarer than one run in a trillion.
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(250);
  });

  test('validateConfig accepts it as cluster.key', () => {
    const key = generateKey();
    const r = validateConfig(
      { cluster: { node_name: 'master-1', node_type: 'master', key } },
      { configPath: '/etc/warden/warden.yaml' },
    );
    expect(r.ok && r.config.cluster.key).toBe(key);
  });
});
