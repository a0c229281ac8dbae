// Typed errors of the Wazuh agent protocol layer. `code` is a stable word that logs and tests match on;
// the message is for people. Every failure of a pure core in agents/ is one of these, never a bare Error.
import { WardenError, WardenErrorOptions } from '../protocol/errors';

type AgentErrorCode =
  // framing (port 1514)
  | 'frame_too_large'
  | 'empty_frame'
  // secure message header and body
  | 'bad_header'
  | 'bad_ciphertext'
  | 'bad_padding'
  | 'inflate_failed'
  | 'bad_checksum'
  | 'bad_counters'
  | 'replay'
  | 'payload_too_large'
  // keys
  | 'bad_key_line'
  | 'bad_key';

/** The peer (or a file) broke the agent wire format; the caller logs it and closes the connection. */
export class AgentProtocolError extends WardenError {
  declare readonly code: AgentErrorCode;

  constructor(code: AgentErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}

export function isAgentProtocolError(err: unknown): err is AgentProtocolError {
  return err instanceof AgentProtocolError;
}
