import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oid, smallInteger, tlv, unsignedInteger, x509Time } from '../../agents/server/der';
import { CERT_FILE_NAME, generateSelfSignedCert, KEY_FILE_NAME, loadTlsCredentials, TlsCertError } from '../../agents/server/tls-cert';

describe('DER encoding', () => {
  test.each([
    ['OID 2.5.4.3', oid('2.5.4.3'), '0603550403'],
    ['OID sha256WithRSA (multi-byte arcs)', oid('1.2.840.113549.1.1.11'), '06092a864886f70d01010b'],
    ['integer 2', smallInteger(2), '020102'],
    ['integer 128 gets a leading zero', smallInteger(128), '02020080'],
    ['integer 0', smallInteger(0), '020100'],
    ['leading zeros are trimmed', unsignedInteger(Buffer.from([0, 0, 1])), '020101'],
    ['long-form length', tlv(0x04, Buffer.alloc(200)).subarray(0, 3), '0481c8'],
    ['two-byte length', tlv(0x04, Buffer.alloc(300)).subarray(0, 4), '0482012c'],
    ['UTCTime', x509Time(new Date(Date.UTC(2026, 10, 26, 10, 0, 0))), '170d3236313132363130303030305a'],
    ['GeneralizedTime from 2050', x509Time(new Date(Date.UTC(2050, 0, 1))), '180f32303530303130313030303030305a'],
  ])('%s', (_what, der, hex) => {
    expect(der.toString('hex')).toBe(hex);
  });
});

describe('the self-signed certificate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warden-cert-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('is a valid v3 X.509 certificate signed by its own key', async () => {
    const now = new Date(Date.UTC(2026, 10, 26));
    const c = await generateSelfSignedCert({ commonName: 'manager-1', days: 10, now });
    const x = new X509Certificate(c.cert);
    expect(x.subject).toBe('C=US\nCN=manager-1');
    expect(x.issuer).toBe(x.subject);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(new Date(x.validFrom).getTime()).toBe(now.getTime() - 60_000);
    expect(new Date(x.validTo).getTime()).toBe(now.getTime() - 60_000 + 10 * 86_400_000);
  });

  test('is generated once into <dataDir>/etc (key mode 0600) and reused', async () => {
    const first = await loadTlsCredentials(dir);
    expect(first.created).toBe(true);
    expect(first.certFile).toBe(join(dir, 'etc', CERT_FILE_NAME));
    expect(statSync(join(dir, 'etc', KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    const x = new X509Certificate(readFileSync(first.certFile));
    expect(x.checkPrivateKey(createPrivateKey(first.key))).toBe(true);
    const second = await loadTlsCredentials(dir);
    expect([second.created, second.cert, second.key]).toEqual([false, first.cert, first.key]);
  });

  test('configured files are used as they are; bad ones are refused with a TlsCertError', async () => {
    const a = await loadTlsCredentials(join(dir, 'a'));
    const b = await generateSelfSignedCert({ bits: 1024 });
    const given = await loadTlsCredentials(join(dir, 'unused'), a.certFile, a.keyFile);
    expect([given.created, given.cert]).toEqual([false, a.cert]);
    const otherKey = join(dir, 'other.key');
    writeFileSync(otherKey, b.key);
    await expect(loadTlsCredentials(dir, a.certFile, otherKey)).rejects.toThrow(/does not match/);
    writeFileSync(otherKey, 'not a key');
    await expect(loadTlsCredentials(dir, a.certFile, otherKey)).rejects.toBeInstanceOf(TlsCertError);
    await expect(loadTlsCredentials(dir, join(dir, 'missing.cert'), otherKey)).rejects.toThrow(/missing/);
    await expect(loadTlsCredentials(dir, a.certFile)).rejects.toThrow(/go together/);
  });
});
