// authd's shared password (authd.pass): the check on a request line, in constant time. Pure.
import { secretEquals } from '../../lib/constant-time';
import { formatEnrollFailure, splitPassword } from './enroll-request';

/** authd's refusal, as an agent prints it: `ERROR: Invalid password. Unable to add agent (from manager)`. */
export const INVALID_PASSWORD_REPLY = formatEnrollFailure('ERROR: Invalid password');

type PasswordCheck =
  /** The request without its password part, for the node that decides. */
  | { ok: true; request: string }
  | { ok: false; reply: string };

/**
 * authd's first check, on the node whose port the agent reached: a line whose `OSSEC PASS:` is missing
 * or wrong gets INVALID_PASSWORD_REPLY; the password goes no further than this node.
 */
export function checkPassword(line: string, expected: string): PasswordCheck {
  const { password, rest } = splitPassword(line);
  if (password === null || !secretEquals(password, expected)) return { ok: false, reply: INVALID_PASSWORD_REPLY };
  return { ok: true, request: rest };
}
