// loader.ts: reads a YAML config file and validates it once into a WardenConfig, or throws ConfigError.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isScalar, isSeq, type Document } from 'yaml';
import { readYamlText } from './yaml-text';
import { validateConfig, type ValidateOptions, type ValidationResult, type WardenConfig } from './schema';

/** A config that cannot be used; `problems` lists every reason, one line each, and so does the message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly configPath: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`invalid config ${configPath}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}

/** Reads, parses and validates the config file at `path`; `disabled: true` is returned as is. */
export function loadConfig(path: string): WardenConfig {
  const configPath = resolve(path);
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (err) {
    throw new ConfigError(configPath, [`cannot read ${configPath}: ${(err as Error).message}`], { cause: err });
  }
  const result = parseConfigText(text, { configPath });
  if (!result.ok) throw new ConfigError(configPath, result.problems);
  return result.config;
}

/** The pure part of loadConfig: YAML text in, a config or every problem out (syntax errors with line and column). */
export function parseConfigText(text: string, opts: ValidateOptions): ValidationResult {
  const read = readYamlText(text);
  if (!read.ok) return read;
  const doc = read.doc;
  keepStringSources(doc);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (err) {
    // toJS refuses alias bombs ("excessive alias count"); the document is unusable, not the loader broken.
    return { ok: false, problems: [`YAML: ${(err as Error).message}`] };
  }
  return validateConfig(raw, opts);
}

/** Keys whose values are strings even when they look like numbers (a key of 32 digits, node_name: 01). */
const STRING_PATHS: readonly (readonly string[])[] = [
  ['cluster', 'name'],
  ['cluster', 'node_name'],
  ['cluster', 'key'],
  ['cluster', 'key_file'],
  ['data_dir'],
];
const STRING_LIST_PATHS: readonly (readonly string[])[] = [
  ['cluster', 'previous_keys'],
  ['cluster', 'nodes'],
  ['analysis', 'ruleset_dirs'],
];

/** YAML reads `key: 0123...` as a number and loses digits; put back the text as written. */
function keepStringSources(doc: Document): void {
  const fix = (node: unknown): void => {
    if (isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string') node.value = node.source;
  };
  // getIn returns undefined (never throws) below a parent that is not a mapping.
  const safeGet = (path: readonly string[]): unknown => doc.getIn(path, true);
  for (const path of STRING_PATHS) fix(safeGet(path));
  for (const path of STRING_LIST_PATHS) {
    const seq = safeGet(path);
    if (isSeq(seq)) seq.items.forEach(fix);
  }
}
