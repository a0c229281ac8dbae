// The enrollment server's certificate: a self-signed RSA certificate (key from node:crypto, certificate
// built and signed by node-forge), kept in <dataDir>/etc/sslmanager.cert and sslmanager.key as authd
// keeps its own, or the files the config names. Agents do not verify it unless told to.
import { constants, createPrivateKey, generateKeyPair, privateEncrypt, randomBytes, X509Certificate } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Forge from 'node-forge';
import { replacePrivateFile } from '../../lib/private-files';

export const CERT_FILE_NAME = 'sslmanager.cert';
export const KEY_FILE_NAME = 'sslmanager.key';

const DAY_MS = 86_400_000;
/** DER of a PKCS#1 DigestInfo for SHA-256, up to the digest's 32 bytes (RFC 8017, section 9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export class TlsCertError extends Error {
  override readonly name = 'TlsCertError';
}

interface TlsCredentials {
  cert: string;
  key: string;
}

interface SelfSignedOptions {
  commonName?: string; // default 'warden'
  days?: number; // default 3650, like authd's generated certificate
  bits?: number; // default 2048
  now?: Date;
}

function rsaKeyPair(bits: number): Promise<{ publicKey: string; privateKey: string }> {
  return new Promise((resolve, reject) => {
    generateKeyPair(
      'rsa',
      { modulusLength: bits, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } },
      (err, publicKey, privateKey) => (err ? reject(err) : resolve({ publicKey, privateKey })),
    );
  });
}

/**
 * A new RSA key and a self-signed v3 certificate for it, both PEM: issuer = subject = C=US, CN=<name>,
 * SHA-256 with RSA, basicConstraints CA:TRUE as `openssl req -x509` makes it; no other extension, as
 * before (agents connect by address and do not check names). node:crypto generates the key off the
 * event loop (forge's own key generation is synchronous at best); forge builds the certificate, and
 * node:crypto signs it: forge's RSA in JavaScript took ~100 ms of the event loop, on a first start that
 * is also receiving its first sync.
 */
export async function generateSelfSignedCert(opts: SelfSignedOptions = {}): Promise<TlsCredentials> {
  const { commonName = 'warden', days = 3650, bits = 2048, now = new Date() } = opts;
  // node-forge takes some 40 ms to load: only a start that has no certificate yet pays for it.
  const [forge, { publicKey, privateKey }] = await Promise.all([import('node-forge') as Promise<typeof Forge>, rsaKeyPair(bits)]);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x3f) | 0x40; // positive, and no leading zero byte: always 16 bytes in DER
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000); // a minute of clock skew
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + days * DAY_MS);
  // C a PrintableString, CN a UTF8String (forge's default, PrintableString, cannot hold '_' or '@').
  const name: Forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'US' },
    { shortName: 'CN', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as number as Forge.asn1.Class },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }]);
  // forge hands its signer the SHA-256 of the TBS certificate: an RSASSA-PKCS1-v1_5 signature is the RSA
  // private operation on that digest's DigestInfo, which privateEncrypt with PKCS#1 padding is.
  const signer = {
    sign: (md: Forge.md.MessageDigest): string => privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')])).toString('binary'),
  };
  cert.sign(signer as unknown as Forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}

/** Throws a TlsCertError unless the key is the certificate's. */
function checkCredentials(creds: TlsCredentials, where: string): void {
  try {
    const x509 = new X509Certificate(creds.cert);
    if (!x509.checkPrivateKey(createPrivateKey(creds.key))) throw new TlsCertError(`${where}: the key does not match the certificate`);
  } catch (err) {
    if (err instanceof TlsCertError) throw err;
    throw new TlsCertError(`${where}: unreadable certificate or key: ${(err as Error).message}`, { cause: err });
  }
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

async function readPair(certFile: string, keyFile: string): Promise<TlsCredentials | null> {
  try {
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  } catch (err) {
    if (isMissing(err)) return null;
    throw new TlsCertError(`cannot read ${certFile} or ${keyFile}: ${(err as Error).message}`, { cause: err });
  }
}

interface LoadedCredentials extends TlsCredentials {
  certFile: string;
  keyFile: string;
  /** True when the pair was generated by this call. */
  created: boolean;
  /** Permission bits of the key file (0o600 when generated here). */
  keyMode: number;
}

async function modeOf(file: string): Promise<number> {
  return (await stat(file)).mode & 0o777;
}

/**
 * The configured pair when certFile/keyFile are given (both must exist); otherwise the pair in
 * <dataDir>/etc, generated on first use (key mode 0600, never written where others can read it) and
 * reused afterwards.
 */
export async function loadTlsCredentials(dataDir: string, certFile?: string, keyFile?: string): Promise<LoadedCredentials> {
  if ((certFile === undefined) !== (keyFile === undefined)) throw new TlsCertError('certFile and keyFile go together');
  if (certFile !== undefined && keyFile !== undefined) {
    const pair = await readPair(certFile, keyFile);
    if (!pair) throw new TlsCertError(`missing ${certFile} or ${keyFile}`);
    checkCredentials(pair, certFile);
    return { ...pair, certFile, keyFile, created: false, keyMode: await modeOf(keyFile) };
  }
  const etc = join(dataDir, 'etc');
  const cf = join(etc, CERT_FILE_NAME);
  const kf = join(etc, KEY_FILE_NAME);
  const existing = await readPair(cf, kf);
  if (existing) {
    checkCredentials(existing, cf);
    return { ...existing, certFile: cf, keyFile: kf, created: false, keyMode: await modeOf(kf) };
  }
  const fresh = await generateSelfSignedCert();
  try {
    await mkdir(etc, { recursive: true, mode: 0o750 });
    await replacePrivateFile(kf, fresh.key);
    await writeFile(cf, fresh.cert, { mode: 0o644 });
  } catch (err) {
    throw new TlsCertError(`cannot write ${cf}: ${(err as Error).message}`, { cause: err });
  }
  return { ...fresh, certFile: cf, keyFile: kf, created: true, keyMode: 0o600 };
}
