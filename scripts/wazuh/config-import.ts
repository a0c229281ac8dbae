// `warden config import`: a Wazuh ossec.conf (its <cluster>, <remote>, <auth> and <alerts>) as a Warden
// config document, with what could not be carried and why. Pure but for `fileExists`, which is injected.
import * as path from 'path';
import { stringify } from 'yaml';
import type { XmlNode } from '../../analysis/xml/xml-reader';
import { isHostOrIp, parseNodeAddress } from '../../config/address';
import { KEY } from '../../config/checks';
import { defaultDataDir } from '../../config/defaults';
import { AUTH_SETTINGS, CLUSTER_SETTINGS, REMOTE_SETTINGS, sectionReason, SettingReason } from './not-carried';
import { label, leafText, OssecImportError, ossecSections, portOf, settingValue, yesNo } from './ossec-conf';

/** The YAML document written, with keys as the config schema names them (config/schema.ts). */
export interface ImportedConfig {
  cluster: {
    name: string; node_name: string; node_type: 'master' | 'worker';
    key?: string; key_file?: string;
    port: number; bind_addr: string; nodes?: string[]; hidden: boolean; disabled: boolean;
  };
  data_dir: string;
  agents: { port: number; enrollment_port: number; bind_addr: string; enrollment_password_file?: string };
  analysis?: { alert_level: number };
}

export interface ConfigImport {
  config: ImportedConfig;
  /** The config holds the cluster key inline (it is then written 0600). */
  holdsKey: boolean;
  /** To do before the node can start, each saying what to do. */
  actions: string[];
  /** Carried, but not exactly as Wazuh had it. */
  changes: string[];
  /** Left out, each with its reason. */
  notCarried: string[];
}

export interface ImportOptions {
  /** Absolute path of the ossec.conf read: authd.pass is looked for beside it. */
  ossecPath: string;
  /** data_dir of the config; default ./var/<node_name>. */
  dataDir?: string;
  /** A key file to use instead of the key of ossec.conf (absolute, already checked). */
  keyFile?: string;
  fileExists: (file: string) => boolean;
}

/** Wazuh's own defaults for a missing setting (wazuh-clusterd, remoted, authd). */
const WAZUH = { name: 'wazuh', nodeName: 'node01', clusterPort: 1516, bindAddr: '0.0.0.0', agentPort: 1514, enrollmentPort: 1515 };
/** Keys printed in Wazuh's documentation and its Docker files: anyone can read them. */
const PUBLISHED_KEYS = new Set(['c98b62a9b6169ac5f67dae55ae4a9088', 'aa093264ef885029653eea20dfcf51ae']);
const KEY_FIX = 'make one with `warden keygen --out cluster.key`, copy that file to every node, and run the import again with --key-file cluster.key (all nodes must share it)';

export function importOssecConf(text: string, opts: ImportOptions): ConfigImport {
  const sections = ossecSections(text);
  const problems: string[] = [];
  const out = { actions: [] as string[], changes: [] as string[], notCarried: [] as string[] };
  const pick = (name: string) => sections.filter((s) => s.name === name);

  const cluster = readCluster(pick('cluster'), opts, problems, out);
  const agents = {
    ...readRemote(pick('remote'), problems, out),
    ...readAuth(pick('auth'), opts, problems, out),
  };
  const alertLevel = readAlerts(pick('alerts'), problems, out);
  reportOtherSections(sections.filter((s) => !['cluster', 'remote', 'auth', 'alerts'].includes(s.name)), out);

  const ports: [string, number][] = [['<cluster><port>', cluster.config.port], ['<remote><port>', agents.port], ['<auth><port>', agents.enrollment_port]];
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      if (ports[i][1] === ports[j][1]) problems.push(`${ports[j][0]} is ${ports[j][1]}, as is ${ports[i][0]}: a Warden node needs three different ports`);
    }
  }
  if (problems.length) throw new OssecImportError(problems);

  const config: ImportedConfig = {
    cluster: cluster.config,
    data_dir: opts.dataDir ?? defaultDataDir(cluster.config.node_name),
    agents,
    ...(alertLevel === undefined ? {} : { analysis: { alert_level: alertLevel } }),
  };
  // Top-down, as the operator reads ossec.conf; sections first listed by their first line.
  const lineOf = (note: string) => Number(/\(lines? (\d+)/.exec(note)?.[1] ?? 0);
  out.notCarried.sort((a, b) => lineOf(a) - lineOf(b));
  return { config, holdsKey: config.cluster.key !== undefined, ...out };
}

type Notes = Pick<ConfigImport, 'actions' | 'changes' | 'notCarried'>;

/** The settings of every block of a section, later blocks winning; unknown ones reported with their reason. */
function settings(blocks: readonly XmlNode[], section: string, carried: readonly string[], reasons: Readonly<Record<string, SettingReason>>, out: Notes): Map<string, XmlNode> {
  const found = new Map<string, XmlNode>();
  for (const block of blocks) {
    for (const child of block.children) {
      if (carried.includes(child.name)) { found.set(child.name, child); continue; }
      const known = reasons[child.name];
      if (known?.same !== undefined && settingValue(child).toLowerCase() === known.same) continue;
      out.notCarried.push(`<${section}><${child.name}> (line ${child.line}): ${known?.reason ?? `not a Warden setting of <${section}>`}`);
    }
  }
  return found;
}

function readCluster(blocks: XmlNode[], opts: ImportOptions, problems: string[], out: Notes): { config: ImportedConfig['cluster'] } {
  const carried = ['name', 'node_name', 'node_type', 'key', 'port', 'bind_addr', 'nodes', 'hidden', 'disabled'];
  const s = settings(blocks, 'cluster', carried, CLUSTER_SETTINGS, out);
  if (blocks.length > 1) out.changes.push(`<cluster> appears ${blocks.length} times (lines ${blocks.map((b) => b.line).join(', ')}): read as one, later settings winning`);
  const text = (k: string) => { const n = s.get(k); return n && leafText(n, `<cluster><${k}>`, problems); };

  const name = text('name') || WAZUH.name;
  const nodeName = text('node_name') || WAZUH.nodeName;
  for (const [k, v] of [['name', name], ['node_name', nodeName]] as const) {
    if (!/^[A-Za-z0-9_-]+$/.test(v)) problems.push(`line ${s.get(k)?.line}: <cluster><${k}> is ${JSON.stringify(v)} (Warden takes letters, digits, '_' and '-')`);
  }
  const disabledNode = s.get('disabled');
  const disabled = blocks.length === 0 || (disabledNode !== undefined && yesNo(disabledNode, '<cluster><disabled>', problems) === true);
  let nodeType = readNodeType(s.get('node_type'), problems, out);
  if (blocks.length === 0) {
    out.changes.push(`no <cluster> section: a standalone manager, imported as the master ${nodeName} of cluster ${name} (Wazuh's defaults)`);
  } else if (disabled) {
    // Wazuh's standalone manager still serves agents; Warden's cluster.disabled would stop the whole node.
    out.changes.push(`<cluster><disabled>yes (line ${disabledNode!.line}): Wazuh ran this manager alone; Warden runs it as a master with no workers (cluster.disabled: true would stop the whole node)`);
    if (nodeType === 'worker') out.changes.push(`<cluster><node_type>worker is ignored while the cluster is disabled: imported as a master`);
    nodeType = 'master';
  }
  const port = s.has('port') ? portOf(s.get('port')!, '<cluster><port>', problems) ?? NaN : WAZUH.clusterPort;
  const bindAddr = text('bind_addr') || WAZUH.bindAddr;
  if (!isHostOrIp(bindAddr)) problems.push(`line ${s.get('bind_addr')?.line}: <cluster><bind_addr> is ${JSON.stringify(bindAddr)} (expected an IP address or a host name)`);
  const hiddenNode = s.get('hidden');
  const hidden = hiddenNode ? yesNo(hiddenNode, '<cluster><hidden>', problems) ?? false : false;
  const nodes = readNodes(s.get('nodes'), nodeType, problems, out);
  const key = readKey(s.get('key'), opts, problems, out);
  return {
    config: {
      name, node_name: nodeName, node_type: nodeType, ...key, port, bind_addr: bindAddr,
      ...(nodes.length ? { nodes } : {}), hidden, disabled: false,
    },
  };
}

function readNodeType(node: XmlNode | undefined, problems: string[], out: Notes): 'master' | 'worker' {
  if (!node) return 'master';
  const v = leafText(node, '<cluster><node_type>', problems);
  if (v === 'master' || v === 'worker') return v;
  if (v === 'client') {
    out.changes.push(`<cluster><node_type>client (line ${node.line}) is Wazuh 3's name for a worker: imported as a worker`);
    return 'worker';
  }
  if (v !== undefined) problems.push(`line ${node.line}: <cluster><node_type> is ${JSON.stringify(v)} (expected master or worker)`);
  return 'master';
}

/** <nodes><node>: a worker dials the first; a master needs none, so a placeholder there is dropped. */
function readNodes(node: XmlNode | undefined, nodeType: 'master' | 'worker', problems: string[], out: Notes): string[] {
  const entries = (node?.children ?? []).filter((c) => {
    if (c.name === 'node') return true;
    out.notCarried.push(`<cluster><nodes><${c.name}> (line ${c.line}): not a Warden setting (<nodes> lists <node> addresses)`);
    return false;
  });
  const nodes: string[] = [];
  for (const n of entries) {
    const v = leafText(n, '<cluster><nodes><node>', problems) ?? '';
    if (parseNodeAddress(v, 1) !== undefined) { nodes.push(v); continue; }
    const what = /^[A-Z_]+$/.test(v) ? `${JSON.stringify(v)}, the template's placeholder` : JSON.stringify(v);
    if (nodeType === 'worker') problems.push(`line ${n.line}: <cluster><nodes><node> is ${what}: a worker needs its master's address there`);
    else if (!/^[A-Z_]+$/.test(v)) out.changes.push(`<cluster><nodes><node> (line ${n.line}) is ${what}, not an address: dropped (a master dials no one)`);
  }
  if (nodeType === 'worker' && entries.length === 0) problems.push(`line ${node?.line ?? '?'}: <cluster><nodes> is missing or empty: a worker needs its master's address in <node>`);
  if (nodeType === 'worker' && nodes.length > 1) out.changes.push(`<cluster><nodes> lists ${nodes.length} addresses: a worker dials the first, ${nodes[0]}, as Wazuh does`);
  return nodes;
}

/** The key: carried when Warden accepts it; otherwise a key_file and the action that makes one. */
function readKey(node: XmlNode | undefined, opts: ImportOptions, problems: string[], out: Notes): { key?: string; key_file?: string } {
  const raw = node ? leafText(node, '<cluster><key>', problems) ?? '' : '';
  const where = node ? `<cluster><key> (line ${node.line})` : '<cluster><key>';
  if (opts.keyFile) {
    if (raw !== '') out.changes.push(`${where}: replaced by the key in ${opts.keyFile} (--key-file)`);
    return { key_file: opts.keyFile };
  }
  const checked = KEY.parse(raw);
  if (!node) out.actions.push(`ossec.conf has no <cluster><key>, and every Warden node needs one: ${KEY_FIX}`);
  else if (raw === '') out.actions.push(`${where} is empty (as in Wazuh's template): ${KEY_FIX}`);
  else if (PUBLISHED_KEYS.has(raw)) out.actions.push(`${where} is the example key printed in Wazuh's documentation, known to anyone: ${KEY_FIX}`);
  else if (!checked.ok) out.actions.push(`Warden refuses the key of ${where}: it ${checked.what.replace(/; generate one with `warden keygen`$/, '')}. ${KEY_FIX[0].toUpperCase()}${KEY_FIX.slice(1)}`);
  else return { key: raw };
  return { key_file: './cluster.key' };
}

function readRemote(blocks: XmlNode[], problems: string[], out: Notes): { port: number; bind_addr: string } {
  const secure: XmlNode[] = [];
  for (const b of blocks) {
    const c = b.children.find((x) => x.name === 'connection');
    const connection = c ? leafText(c, '<remote><connection>', problems) ?? 'secure' : 'secure';
    if (connection === 'secure') secure.push(b);
    else out.notCarried.push(`<remote> with <connection>${connection}</connection> (line ${b.line}): Warden receives only its agents' secure connections, not syslog from network devices`);
  }
  const [first, ...rest] = secure;
  const s = settings(first ? [first] : [], 'remote', ['connection', 'port', 'protocol', 'local_ip'], REMOTE_SETTINGS, out);
  const port = s.has('port') ? portOf(s.get('port')!, '<remote><port>', problems) ?? NaN : WAZUH.agentPort;
  // Wazuh's remoted listens on every interface unless <local_ip> names one; Warden's agents.bind_addr is the same.
  const localIp = s.get('local_ip');
  const bindAddr = (localIp && leafText(localIp, '<remote><local_ip>', problems)) || WAZUH.bindAddr;
  if (!isHostOrIp(bindAddr)) problems.push(`line ${localIp?.line}: <remote><local_ip> is ${JSON.stringify(bindAddr)} (expected an IP address)`);
  else if (localIp) out.changes.push(`<remote><local_ip>${bindAddr} (line ${localIp.line}): agents.bind_addr, so the enrollment port listens there too (Wazuh's authd listened on every interface)`);
  for (const r of rest) {
    const p = r.children.find((x) => x.name === 'port')?.text.trim() ?? String(WAZUH.agentPort);
    out.notCarried.push(`a second secure <remote> (line ${r.line}, port ${p}): Warden serves agents on one port, agents.port ${port}; point those agents there`);
  }
  const protocol = s.get('protocol');
  if (protocol) {
    const v = (leafText(protocol, '<remote><protocol>', problems) ?? '').toLowerCase();
    const tokens = v.split(',').map((t) => t.trim());
    const bad = tokens.filter((t) => t !== 'tcp' && t !== 'udp');
    if (bad.length) problems.push(`line ${protocol.line}: <remote><protocol> is ${JSON.stringify(v)} (expected tcp, udp or tcp,udp)`);
    else if (!tokens.includes('tcp')) out.changes.push(`<remote><protocol>udp (line ${protocol.line}) is not carried: Warden's agent port speaks TCP only; set <protocol>tcp</protocol> in each agent's <client><server> before moving it`);
    else if (tokens.includes('udp')) out.changes.push(`<remote><protocol>tcp,udp (line ${protocol.line}): udp is not carried (Warden's agent port speaks TCP only); agents that use udp must switch to tcp`);
  }
  return { port, bind_addr: bindAddr };
}

function readAuth(blocks: XmlNode[], opts: ImportOptions, problems: string[], out: Notes): { enrollment_port: number; enrollment_password_file?: string } {
  const s = settings(blocks, 'auth', ['port', 'use_password', 'disabled'], AUTH_SETTINGS, out);
  const port = s.has('port') ? portOf(s.get('port')!, '<auth><port>', problems) ?? NaN : WAZUH.enrollmentPort;
  const disabled = s.get('disabled');
  if (disabled && yesNo(disabled, '<auth><disabled>', problems)) {
    out.changes.push(`<auth><disabled>yes (line ${disabled.line}): Warden always serves enrollment on agents.enrollment_port ${port}; block that port with a firewall if agents must not enroll`);
  }
  const usePassword = s.get('use_password');
  if (!usePassword || !yesNo(usePassword, '<auth><use_password>', problems)) return { enrollment_port: port };
  const file = path.join(path.dirname(opts.ossecPath), 'authd.pass');
  if (!opts.fileExists(file)) {
    out.actions.push(`<auth><use_password>yes (line ${usePassword.line}) but ${file} does not exist: Wazuh then chose a random password at start and wrote it in ossec.log; put that password alone on the first line of ${file} (mode 0600) or point agents.enrollment_password_file at another file. The node does not start without it`);
  }
  return { enrollment_port: port, enrollment_password_file: file };
}

/** <alerts><log_alert_level> is analysis.alert_level; the e-mail level has no counterpart. */
function readAlerts(blocks: XmlNode[], problems: string[], out: Notes): number | undefined {
  const s = settings(blocks, 'alerts', ['log_alert_level'], { email_alert_level: { reason: 'Warden sends no e-mail' } }, out);
  const n = s.get('log_alert_level');
  if (!n) return undefined;
  const v = leafText(n, '<alerts><log_alert_level>', problems);
  if (v !== undefined && /^\d{1,2}$/.test(v) && Number(v) <= 16) return Number(v);
  if (v !== undefined) problems.push(`line ${n.line}: <alerts><log_alert_level> is ${JSON.stringify(v)} (expected a rule level, 0-16)`);
  return undefined;
}

/** Every other section, once per kind with all its lines. */
function reportOtherSections(sections: XmlNode[], out: Notes): void {
  const byLabel = new Map<string, { name: string; lines: number[] }>();
  for (const s of sections) {
    const l = label(s);
    const entry = byLabel.get(l) ?? { name: s.name, lines: [] };
    entry.lines.push(s.line);
    byLabel.set(l, entry);
  }
  for (const [l, { name, lines }] of byLabel) {
    out.notCarried.push(`${l} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}): ${sectionReason(name)}`);
  }
}

/** The YAML text of an imported config, with a header naming where it came from. */
export function renderImportedConfig(c: ImportedConfig, source: string): string {
  const header = [
    `# Warden config of ${c.cluster.node_name} (${c.cluster.node_type} of cluster ${c.cluster.name}),`,
    `# imported from ${source.replace(/[\r\n]/g, ' ')} by \`warden config import\`.`,
    '',
  ].join('\n');
  return header + stringify(c, { lineWidth: 0 });
}
