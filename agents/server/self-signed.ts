// self-signed.ts: builds the enrollment port's self-signed certificate and its RSA key, synchronously:
// it runs in cert-thread.ts, a thread of its own at the lowest CPU priority. Pure apart from the key's
// randomness. Loads node-forge, which only a start without a certificate needs.
import { constants, generateKeyPairSync, privateEncrypt, randomBytes } from 'node:crypto';
import type * as Forge from 'node-forge';

const DAY_MS = 86_400_000;
/** DER of a PKCS#1 DigestInfo for SHA-256, up to the digest's 32 bytes (RFC 8017, section 9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export interface TlsCredentials {
  cert: string;
  key: string;
}

export interface SelfSignedOptions {
  commonName?: string; // default 'warden'
  days?: number; // default 3650, like authd's generated certificate
  bits?: number; // default 2048
  now?: Date;
}

/**
 * A new RSA key and a self-signed v3 certificate for it, both PEM: issuer = subject = C=US, CN=<name>,
 * SHA-256 with RSA, basicConstraints CA:TRUE as `openssl req -x509` makes it; no other extension, as
 * before (agents connect by address and do not check names). forge builds the certificate; node:crypto
 * makes the key and signs (forge's RSA in JavaScript is several times slower).
 */
export function buildSelfSignedCert(opts: SelfSignedOptions = {}): TlsCredentials {
  const { commonName = 'warden', days = 3650, bits = 2048, now = new Date() } = opts;
  const forge = require('node-forge') as typeof Forge; // loaded only here, where it is needed
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: bits, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
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
