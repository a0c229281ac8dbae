// constant-time.ts: comparing secrets without telling, by the time taken, how much of a guess was right.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` equals `secret`, in a time that depends on neither where they differ nor the secret's
 * length: both are hashed first (SHA-256), then the digests compared with timingSafeEqual.
 */
export function secretEquals(given: string, secret: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}
