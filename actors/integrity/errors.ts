// errors.ts: the typed errors of the integrity sync. Every message names the path concerned.
import { WardenError, type WardenErrorOptions } from '../../protocol/errors';

type IntegrityErrorCode =
  // path-guard: a received path that must not be written
  | 'path_invalid' // not a clean relative path (.., absolute, NUL, backslash, empty segment, ...)
  | 'path_outside' // not under any synced folder
  | 'path_excluded' // an excluded name (temp file, merged.mg, a node config)
  | 'path_symlink' // reaches the target through a symlink in the existing tree
  | 'own_config' // the node's own config file
  // staging and apply
  | 'md5_mismatch'
  | 'size_mismatch'
  | 'staging_failed'
  | 'journal_corrupt'
  | 'journal_pending'
  | 'apply_failed'
  // scanning and hashing
  | 'hash_failed'
  | 'scan_failed';

export class IntegrityError extends WardenError {
  /** The data_dir-relative path concerned, when there is one. */
  readonly path: string | undefined;

  constructor(code: IntegrityErrorCode, message: string, opts: WardenErrorOptions & { path?: string } = {}) {
    super(code, message, opts);
    this.path = opts.path;
  }
}
