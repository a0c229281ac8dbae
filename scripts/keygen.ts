// keygen.ts: a new random cluster key, as printed by `warden keygen`.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const KEY_LENGTH = 32;

/** 32 characters from [A-Za-z0-9]; randomInt draws without modulo bias, so each is uniform (~190 bits). */
export function generateKey(): string {
  let key = '';
  for (let i = 0; i < KEY_LENGTH; i++) key += ALPHABET[randomInt(ALPHABET.length)];
  return key;
}
