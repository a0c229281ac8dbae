// The keep-alive an agent sends every notify_time, read the way the manager reads it
// (parse_agent_update_msg) and built the way an agent builds it (client-agent/notify.c):
//
//   #!-<uname> - Wazuh v4.14.7[ / <md5 of agent.conf>]\n
//   <labels: "key":value, !"hidden":value, #"system":value>\n...
//   <md5 of merged.mg, or x> merged.mg\n
//   #"_agent_ip":<ip>\n            (when the agent knows its address)
//   \n
import { AgentOs, parseUname } from './uname';
import { CONTROL_HEADER } from './agent-message';

export interface AgentLabel {
  key: string;
  value: string;
  /** `!"key":value`: not shown in alerts. */
  hidden: boolean;
  /** `#"key":value`: set by Wazuh itself (e.g. _agent_ip, _manager_hostname). */
  system: boolean;
}

export interface KeepAlive {
  os: AgentOs | null;
  /** As the agent writes it, e.g. `Wazuh v4.14.7`. */
  agentVersion: string | null;
  agentConfMd5: string | null;
  labels: AgentLabel[];
  /** null when the agent reports `x` (no merged.mg yet) or sends no such line. */
  mergedMd5: string | null;
  /** Whether a `<sum> merged.mg` line was present at all. */
  mergedReported: boolean;
  agentIp: string | null;
}

const AGENT_IP_LABEL = '#"_agent_ip":';
const MERGED_NAME = 'merged.mg';

/** Reads `"key":value` with an optional `!` or `#` prefix; null when the line is not a label. */
export function parseLabelLine(line: string): AgentLabel | null {
  const hidden = line.startsWith('!');
  const system = line.startsWith('#');
  const body = hidden || system ? line.slice(1) : line;
  if (!body.startsWith('"')) return null;
  const end = body.indexOf('":', 1);
  if (end < 0) return null;
  return { key: body.slice(1, end), value: body.slice(end + 2), hidden, system };
}

function formatLabelLine(label: AgentLabel): string {
  return `${label.system ? '#' : label.hidden ? '!' : ''}"${label.key}":${label.value}`;
}

/** Parses keep-alive text, with or without its leading `#!-`. Tolerates missing or unknown lines. */
export function parseKeepAlive(text: string): KeepAlive {
  const out: KeepAlive = { os: null, agentVersion: null, agentConfMd5: null, labels: [], mergedMd5: null, mergedReported: false, agentIp: null };
  const body = text.startsWith(CONTROL_HEADER) ? text.slice(CONTROL_HEADER.length) : text;
  for (const line of body.split('\n')) {
    if (line === '') continue;
    const first = line[0];
    if (first === '#' || first === '!' || first === '"') {
      if (line.startsWith(AGENT_IP_LABEL)) out.agentIp = line.slice(AGENT_IP_LABEL.length);
      else {
        const label = parseLabelLine(line);
        if (label) out.labels.push(label);
      }
      continue;
    }
    const dash = line.indexOf(' - ');
    if (dash >= 0) {
      out.os = parseUname(line.slice(0, dash));
      const rest = line.slice(dash + 3);
      const slash = rest.indexOf(' / ');
      if (slash >= 0) {
        out.agentVersion = rest.slice(0, slash);
        out.agentConfMd5 = rest.slice(slash + 3);
      } else {
        const w = rest.indexOf('Wazuh');
        out.agentVersion = w >= 0 ? rest.slice(w) : null;
      }
      continue;
    }
    const space = line.indexOf(' ');
    if (space >= 0 && line.slice(space + 1).startsWith(MERGED_NAME)) {
      const sum = line.slice(0, space);
      out.mergedReported = true;
      out.mergedMd5 = sum === 'x' ? null : sum;
    }
  }
  return out;
}

interface KeepAliveFields {
  /** The uname without the version suffix (see formatUnixUname). */
  uname: string;
  /** e.g. `Wazuh v4.14.7`. */
  agentVersion: string;
  agentConfMd5?: string | null;
  labels?: AgentLabel[];
  mergedMd5: string | null;
  agentIp?: string | null;
}

/** The keep-alive payload an agent sends, byte for byte as notify.c builds it. */
export function formatKeepAlive(f: KeepAliveFields): string {
  const first = `${CONTROL_HEADER}${f.uname} - ${f.agentVersion}${f.agentConfMd5 ? ` / ${f.agentConfMd5}` : ''}\n`;
  const labels = (f.labels ?? []).map((l) => `${formatLabelLine(l)}\n`).join('');
  const merged = `${f.mergedMd5 ?? 'x'} ${MERGED_NAME}\n`;
  const ip = f.agentIp ? `${AGENT_IP_LABEL}${f.agentIp}` : '';
  return `${first}${labels}${merged}${ip}\n`;
}
