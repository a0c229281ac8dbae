import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { CERT_FILE_NAME, generateSelfSignedCert, generateSelfSignedCertNiced, KEY_FILE_NAME, loadTlsCredentials, TlsCertError } from '../../agents/server/tls-cert';

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
    expect(x.checkPrivateKey(createPrivateKey(c.key))).toBe(true);
    expect(x.ca).toBe(true);
    expect(x.publicKey.asymmetricKeyType).toBe('rsa');
    expect(x.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(x.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/); // 16 random bytes, positive, no leading zero
    expect(new Date(x.validFrom).getTime()).toBe(now.getTime() - 60_000);
    expect(new Date(x.validTo).getTime()).toBe(now.getTime() - 60_000 + 10 * 86_400_000);
  });

  // A first start makes its certificate while it receives its first sync: the key search must not take cores from it.
  (process.platform === 'linux' ? test : test.skip)('is made in a thread of the lowest CPU priority (nice 19), not the caller\'s', async () => {
    const c = await generateSelfSignedCertNiced({ bits: 1024 });
    expect(c.niceness).toBe(19);
    expect(new X509Certificate(c.cert).checkPrivateKey(createPrivateKey(c.key))).toBe(true);
    expect(getPriority()).not.toBe(19); // the caller's own priority is left alone
  });

  test('encodes as the hand-made DER did: C a PrintableString, CN a UTF8String, basicConstraints critical', async () => {
    const c = await generateSelfSignedCert({ commonName: 'manager_1@eu', bits: 1024 });
    const der = new X509Certificate(c.cert).raw;
    const cn = Buffer.from('manager_1@eu', 'utf8');
    const name = Buffer.concat([
      Buffer.from('3017310b3009060355040613025553', 'hex'), // SEQUENCE { SET { C = PrintableString "US" }
      Buffer.from([0x31, cn.length + 9, 0x30, cn.length + 7, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, cn.length]), cn, // SET { CN = UTF8String } }
    ]);
    name[1] = name.length - 2;
    expect(der.indexOf(name)).toBeGreaterThan(0); // issuer
    expect(der.indexOf(name, der.indexOf(name) + 1)).toBeGreaterThan(0); // subject
    // Extension { basicConstraints, critical TRUE, OCTET STRING { SEQUENCE { cA TRUE } } }: the only one.
    expect(der.toString('hex')).toContain('a3133011300f0603551d130101ff040530030101ff');
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

  test('a leftover key file that others can read is replaced by a new 0600 file, not rewritten in place', async () => {
    mkdirSync(join(dir, 'etc'));
    const leftover = join(dir, 'etc', KEY_FILE_NAME);
    writeFileSync(leftover, 'old bytes', { mode: 0o644 });
    const before = statSync(leftover).ino;
    // Anyone may have opened the leftover while it was readable: that descriptor must never see the new key.
    const fd = openSync(leftover, 'r');
    try {
      const fresh = await loadTlsCredentials(dir);
      expect(fresh.created).toBe(true);
      const after = statSync(leftover);
      expect(after.mode & 0o777).toBe(0o600);
      expect(after.ino).not.toBe(before);
      const seen = Buffer.alloc(4096);
      expect(seen.subarray(0, readSync(fd, seen, 0, seen.length, 0)).toString()).toBe('old bytes');
      expect(readFileSync(leftover, 'utf8')).toBe(fresh.key);
    } finally {
      closeSync(fd);
    }
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

  test('a TLS server using it accepts a client, which sees that certificate', async () => {
    const { cert, key } = await loadTlsCredentials(dir);
    const server = tls.createServer({ cert, key }, (socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // As a Wazuh agent by default: TLS, no verification of the manager's certificate.
      const { text, peer } = await new Promise<{ text: string; peer: tls.PeerCertificate }>((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
          const peerCert = socket.getPeerCertificate();
          let text = '';
          socket.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ text, peer: peerCert }));
        });
        socket.on('error', reject);
      });
      expect(text).toBe('hello');
      expect(peer.subject.CN).toBe('warden');
      // And with verification against the certificate itself as the trusted root.
      const verified = await new Promise<boolean>((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port, ca: cert, checkServerIdentity: () => undefined }, () => {
          resolve(socket.authorized);
          socket.destroy();
        });
        socket.on('error', reject);
      });
      expect(verified).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
