// Typed errors of the agent simulator. `code` is a stable word the stats and tests match on.
import { WardenError, WardenErrorOptions } from '../../protocol/errors';

type SimErrorCode =
  | 'bad_options'
  | 'enroll_refused'
  | 'enroll_failed'
  | 'connect_failed'
  | 'connection_lost'
  | 'ack_timeout'
  | 'manager_silent'
  | 'manager_error'
  | 'bad_message'
  | 'bad_push'
  | 'timeout'
  | 'stopped';

export class SimError extends WardenError {
  declare readonly code: SimErrorCode;

  constructor(code: SimErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}
