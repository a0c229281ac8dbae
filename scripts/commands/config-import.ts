// `warden config import OSSEC_CONF [--out F] [--data-dir D] [--key-file K] [--force]`: a Warden config from
// a Wazuh ossec.conf on stdout or in F; what was not carried, and what is left to do, on stderr.
import * as fs from 'fs';
import * as path from 'path';
import { KEY } from '../../config/checks';
import { writePrivateFile } from '../../lib/private-files';
import { ConfigImport, importOssecConf, renderImportedConfig } from '../wazuh/config-import';
import { OssecImportError } from '../wazuh/ossec-conf';

interface ConfigImportOptions {
  out?: string;
  dataDir?: string;
  keyFile?: string;
  force?: boolean;
}

export function configImportCommand(file: string, o: ConfigImportOptions): void {
  const ossecPath = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(ossecPath, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  const keyFile = o.keyFile === undefined ? undefined : checkedKeyFile(o.keyFile);
  let result: ConfigImport;
  try {
    result = importOssecConf(text, { ossecPath, dataDir: o.dataDir, keyFile, fileExists: (f) => fs.existsSync(f) });
  } catch (err) {
    if (!(err instanceof OssecImportError)) throw err;
    fail(`cannot import ${file}; nothing was written:\n${err.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const yaml = renderImportedConfig(result.config, ossecPath);
  if (o.out) writeConfig(o.out, yaml, result.holdsKey, o.force ?? false);
  else process.stdout.write(yaml);
  process.stderr.write(describeImport(file, o.out, result));
}

/** --key-file must hold a key Warden accepts: the config written would fail `daemon -t` otherwise. */
function checkedKeyFile(file: string): string {
  const abs = path.resolve(file);
  let key: string;
  try {
    key = fs.readFileSync(abs, 'utf8').trim();
  } catch (err) {
    fail(`--key-file ${file}: ${(err as Error).message} (make one with \`warden keygen --out ${file}\`)`);
  }
  const r = KEY.parse(key);
  if (!r.ok) fail(`--key-file ${file}: the key ${r.what}`);
  return abs;
}

function writeConfig(out: string, yaml: string, holdsKey: boolean, force: boolean): void {
  try {
    if (holdsKey) writePrivateFile(out, yaml, force);
    else fs.writeFileSync(out, yaml, { flag: force ? 'w' : 'wx', mode: 0o640 });
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists (add --force to replace it)' : (err as Error).message;
    fail(`cannot write ${out}: ${why}`);
  }
}

export function describeImport(file: string, out: string | undefined, r: ConfigImport): string {
  const c = r.config.cluster;
  const where = out ? ` into ${out}${r.holdsKey ? ' (mode 0600: it holds the cluster key)' : ''}` : '';
  const lines = [`Imported ${file} as the ${c.node_type} ${c.node_name} of cluster ${c.name}${where}.`];
  const list = (title: string, items: string[]) => { if (items.length) lines.push(title, ...items.map((i) => `  - ${i}`)); };
  list('To do before the node can start:', r.actions);
  list('Carried with a difference:', r.changes);
  list('Not carried:', r.notCarried);
  lines.push(`Check it with: warden daemon --config ${out ?? 'FILE'} -t`);
  return lines.join('\n') + '\n';
}

function fail(msg: string): never {
  process.stderr.write(`warden: ${msg}\n`);
  process.exit(1);
}
