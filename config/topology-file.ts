// topology-file.ts: reads a topology file: YAML syntax, the topology's own keys, then the config every
// node gets from it; any problem of the three is reported with all the others, as a node config's are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isScalar } from 'yaml';
import { readYamlText } from './yaml-text';
import { checkNodeConfigs } from './node-config';
import { validateTopology, type Topology, type TopologyResult } from './topology';

export class TopologyError extends Error {
  override readonly name = 'TopologyError';
  constructor(readonly topologyPath: string, readonly problems: string[], options?: { cause?: unknown }) {
    super(`invalid topology ${topologyPath}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}

/** YAML text in, a topology or every problem out. */
export function parseTopologyText(text: string, topologyPath: string): TopologyResult {
  const read = readYamlText(text);
  if (!read.ok) return read;
  const doc = read.doc;
  // A key of 32 digits or a name such as 01 must stay the text as written.
  for (const path of [['cluster', 'key'], ['cluster', 'name'], ['cluster', 'key_file'], ['base_dir']]) {
    const node = doc.getIn(path, true);
    if (isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string') node.value = node.source;
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (err) {
    return { ok: false, problems: [`YAML: ${(err as Error).message}`] };
  }
  const r = validateTopology(raw, { topologyPath });
  if (!r.ok) return r;
  const configProblems = checkNodeConfigs(r.topology);
  return configProblems.length > 0 ? { ok: false, problems: configProblems } : r;
}

/** Reads and validates the topology at `path`; throws TopologyError listing every problem. */
export function loadTopology(path: string): Topology {
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new TopologyError(abs, [`cannot read ${abs}: ${(err as Error).message}`], { cause: err });
  }
  const r = parseTopologyText(text, abs);
  if (!r.ok) throw new TopologyError(abs, r.problems);
  return r.topology;
}
