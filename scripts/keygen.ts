// keygen.ts: a new random cluster key, as printed by `warden keygen`.
import { randomInt } from 'node:crypto';
import { weakKeyReason } from '../config/key-strength';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const KEY_LENGTH = 32;

/**
 * 32 characters from [A-Za-z0-9]; randomInt draws without modulo bias, so each is uniform (~190 bits). A draw
 * the config would refuse as weak (odds below 1e-12) is drawn again, so a keygen key always passes.
 */
export function generateKey(): string {
  for (;;) {
    let key = '';
    for (let i = 0; i < KEY_LENGTH; i++) key += ALPHABET[randomInt(ALPHABET.length)];
    if (weakKeyReason(key) === null) return key;
  }
}
