// What a simulated agent says: its uname, labels and the auth.log lines it reports. Pure: the caller
// passes the index, the time and a random source, so a test can pin every byte.
import { formatAgentEvent } from '../messages/agent-message';
import { AgentLabel } from '../messages/keepalive';
import { formatUnixUname, UnixUnameParts } from '../messages/uname';

export const SIM_AGENT_VERSION = 'v4.14.7';
const SIM_EVENT_LOCATION = '/var/log/auth.log';

type Random = () => number;

/** A small, realistic fleet: agent i runs OS i % length. */
const FLEET: Array<Omit<UnixUnameParts, 'nodename'>> = [
  { sysname: 'Linux', release: '5.15.0-91-generic', version: '#101-Ubuntu SMP', machine: 'x86_64', osName: 'Ubuntu', osPlatform: 'ubuntu', osVersion: '22.04.3 LTS (Jammy Jellyfish)' },
  { sysname: 'Linux', release: '6.1.0-18-amd64', version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1', machine: 'x86_64', osName: 'Debian GNU/Linux', osPlatform: 'debian', osVersion: '12 (bookworm)' },
  { sysname: 'Linux', release: '5.14.0-362.8.1.el9_3.x86_64', version: '#1 SMP PREEMPT_DYNAMIC', machine: 'x86_64', osName: 'Rocky Linux', osPlatform: 'rocky', osVersion: '9.3 (Blue Onyx)' },
  { sysname: 'Linux', release: '6.5.0-1014-aws', version: '#14~22.04.1-Ubuntu SMP', machine: 'aarch64', osName: 'Ubuntu', osPlatform: 'ubuntu', osVersion: '22.04.3 LTS (Jammy Jellyfish)' },
];

/** The uname line (without ` - Wazuh v...`) of agent `index` named `name`. */
export function simUname(index: number, name: string): string {
  return formatUnixUname({ ...FLEET[index % FLEET.length]!, nodename: name });
}

export function simAgentVersionText(): string {
  return `Wazuh ${SIM_AGENT_VERSION}`;
}

/** Labels as ossec.conf `<labels>` would give them; one hidden to exercise the `!` form. */
export function simLabels(index: number, group: string | null): AgentLabel[] {
  return [
    { key: 'env', value: 'simulation', hidden: false, system: false },
    { key: 'sim.index', value: String(index), hidden: false, system: false },
    { key: 'sim.group', value: group ?? 'default', hidden: false, system: false },
    { key: 'owner', value: 'warden-agent-sim', hidden: true, system: false },
  ];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The syslog timestamp `Mmm dd HH:MM:SS` (day padded with a space, as rsyslog writes it). */
export function syslogStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[now.getMonth()]} ${String(now.getDate()).padStart(2, ' ')} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}`;
}

const USERS = ['root', 'admin', 'ubuntu', 'deploy', 'oracle', 'test', 'git', 'postgres'];

function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.floor(random() * list.length) % list.length]!;
}

function int(min: number, max: number, random: Random): number {
  return min + Math.floor(random() * (max - min + 1));
}

function remoteIp(random: Random): string {
  // TEST-NET ranges: realistic-looking sources that are never real hosts.
  const nets = ['192.0.2', '198.51.100', '203.0.113'];
  return `${pick(nets, random)}.${int(1, 254, random)}`;
}

type Template = (host: string, random: Random) => string;

const TEMPLATES: Template[] = [
  (h, r) => `${h} sshd[${int(1000, 65000, r)}]: Failed password for ${pick(USERS, r)} from ${remoteIp(r)} port ${int(1024, 65535, r)} ssh2`,
  (h, r) => `${h} sshd[${int(1000, 65000, r)}]: Failed password for invalid user ${pick(USERS, r)} from ${remoteIp(r)} port ${int(1024, 65535, r)} ssh2`,
  (h, r) => `${h} sshd[${int(1000, 65000, r)}]: Invalid user ${pick(USERS, r)} from ${remoteIp(r)} port ${int(1024, 65535, r)}`,
  (h, r) => `${h} sshd[${int(1000, 65000, r)}]: Accepted publickey for ${pick(USERS, r)} from ${remoteIp(r)} port ${int(1024, 65535, r)} ssh2: RSA SHA256:4kq2ZrWbXlD6nD0l8dVv1Yw2m3b3mFv7rAhh1QO3n0s`,
  (h, r) => `${h} sshd[${int(1000, 65000, r)}]: pam_unix(sshd:session): session opened for user ${pick(USERS, r)}(uid=${int(1000, 1010, r)}) by (uid=0)`,
  (h, r) => `${h} sudo: ${pick(USERS, r)} : TTY=pts/${int(0, 4, r)} ; PWD=/home/${pick(USERS, r)} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx`,
  (h, r) => `${h} sudo: pam_unix(sudo:auth): authentication failure; logname=${pick(USERS, r)} uid=1000 euid=0 tty=/dev/pts/0 ruser=${pick(USERS, r)} rhost=  user=${pick(USERS, r)}`,
  (h, r) => `${h} su[${int(1000, 65000, r)}]: pam_unix(su:session): session opened for user root(uid=0) by ${pick(USERS, r)}(uid=1000)`,
  (h, r) => `${h} CRON[${int(1000, 65000, r)}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)`,
  (h, r) => `${h} systemd-logind[${int(400, 900, r)}]: New session ${int(1, 999, r)} of user ${pick(USERS, r)}.`,
];

/** One auth.log line as the agent's logcollector would read it. */
export function simAuthLogLine(host: string, now: Date, random: Random): string {
  return `${syslogStamp(now)} ${pick(TEMPLATES, random)(host, random)}`;
}

/** The event payload (queue 1, location /var/log/auth.log) for one line. */
export function simEventPayload(host: string, now: Date, random: Random): Buffer {
  return formatAgentEvent('1', SIM_EVENT_LOCATION, simAuthLogLine(host, now, random));
}

/** What a real agent reports once it is started: `1:wazuh-agent:ossec: Agent started: '<name>-><ip>'.` */
export function agentStartedPayload(name: string, ip: string): Buffer {
  return formatAgentEvent('1', 'wazuh-agent', `ossec: Agent started: '${name}->${ip}'.`);
}
