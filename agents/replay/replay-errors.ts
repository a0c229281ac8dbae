// Typed errors of the replay generator (record, file, replay). `code` is a stable word tests match on.
import { WardenError, WardenErrorOptions } from '../../protocol/errors';

type ReplayErrorCode =
  // the file
  | 'bad_magic'
  | 'bad_version'
  | 'bad_header'
  | 'truncated'
  | 'bad_agent'
  | 'bad_frame'
  | 'trailing_bytes'
  // recording and replaying
  | 'bad_options'
  | 'unreadable'
  | 'unwritable'
  | 'connect_failed'
  | 'refused';

export class ReplayError extends WardenError {
  declare readonly code: ReplayErrorCode;

  constructor(code: ReplayErrorCode, message: string, options?: WardenErrorOptions) {
    super(code, message, options);
  }
}
