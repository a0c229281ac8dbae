// What a simulated agent says: its uname, labels and the log lines it reports (auth.log, syslog,
// kern.log, dpkg.log, an nginx access log), lines the built-in ruleset raises alerts on. Pure: the
// caller passes the index, the time and a random source, so a test can pin every byte.
import { formatAgentEvent } from '../messages/agent-message';
import { AgentLabel } from '../messages/keepalive';
import { formatUnixUname, UnixUnameParts } from '../messages/uname';

export const SIM_AGENT_VERSION = 'v4.14.7';

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
const STAFF = ['alice', 'bob', 'deploy'];
const PACKAGES = ['nginx', 'curl', 'htop', 'jq', 'rsync', 'tcpdump'];
const PROBES = ['/.env', '/.git/config', '/wp-login.php', '/phpmyadmin/', '/cgi-bin/luci', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php'];
const PAGES = ['/', '/index.html', '/about', '/api/v1/status', '/static/app.js'];

/**
 * The few addresses that attack the fleet (TEST-NET ranges: never real hosts). Each host is attacked
 * by one of them at a time, a different one every ATTACK_SLOT_MS, so a host's sshd failures pile up
 * from one source as a real brute force does.
 */
export const SIM_ATTACKERS: readonly string[] = ['203.0.113.66', '198.51.100.23', '192.0.2.201'];
const ATTACK_SLOT_MS = 10 * 60_000;

/** The attacker of `host` at `now`: a pure function of both. */
export function simAttacker(host: string, now: Date): string {
  let h = 0;
  for (let i = 0; i < host.length; i++) h = (h * 31 + host.charCodeAt(i)) >>> 0;
  return SIM_ATTACKERS[(h + Math.floor(now.getTime() / ATTACK_SLOT_MS)) % SIM_ATTACKERS.length]!;
}

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

/** Staff connect from the VPN range. */
const staffIp = (r: Random): string => `10.20.${int(0, 3, r)}.${int(2, 250, r)}`;

const p2 = (n: number): string => String(n).padStart(2, '0');

/** dpkg.log's local time, `YYYY-MM-DD HH:MM:SS`. */
function dpkgStamp(now: Date): string {
  return `${now.getFullYear()}-${p2(now.getMonth() + 1)}-${p2(now.getDate())} ${p2(now.getHours())}:${p2(now.getMinutes())}:${p2(now.getSeconds())}`;
}

/** The access log's local time with its offset, `14/Jan/2026:10:30:00 +0100`. */
function accessStamp(now: Date): string {
  const off = -now.getTimezoneOffset();
  const zone = `${off < 0 ? '-' : '+'}${p2(Math.floor(Math.abs(off) / 60))}${p2(Math.abs(off) % 60)}`;
  return `${p2(now.getDate())}/${MONTHS[now.getMonth()]}/${now.getFullYear()}:${p2(now.getHours())}:${p2(now.getMinutes())}:${p2(now.getSeconds())} ${zone}`;
}

const AUTH_LOG = '/var/log/auth.log';
const SYSLOG = '/var/log/syslog';
const KERN_LOG = '/var/log/kern.log';
const DPKG_LOG = '/var/log/dpkg.log';
const ACCESS_LOG = '/var/log/nginx/access.log';

/** A line a template writes, and how often it comes up relative to the others. */
interface Template { location: string; weight: number; line: (host: string, now: Date, r: Random) => string }

/** A syslog line: the stamp and host, then the program's message. */
const syslog = (location: string, weight: number, message: (host: string, r: Random, now: Date) => string): Template =>
  ({ location, weight, line: (h, now, r) => `${syslogStamp(now)} ${h} ${message(h, r, now)}` });

const pid = (r: Random): number => int(1000, 65000, r);

// Weighted so that at the demo's rate (a quarter of an event a second per agent) a host sees about
// ten failed logins from its attacker in two minutes: enough for the built-in brute-force rule.
const TEMPLATES: Template[] = [
  syslog(AUTH_LOG, 2, (h, r) => `sshd[${pid(r)}]: Accepted publickey for ${pick(STAFF, r)} from ${staffIp(r)} port ${int(1024, 65535, r)} ssh2: ED25519 SHA256:4kq2ZrWbXlD6nD0l8dVv1Yw2m3b3mFv7rAhh1QO3n0s`),
  syslog(AUTH_LOG, 1, (h, r) => `sshd[${pid(r)}]: pam_unix(sshd:session): session opened for user ${pick(STAFF, r)}(uid=${int(1000, 1010, r)}) by (uid=0)`),
  syslog(AUTH_LOG, 2, (h, r) => `sudo: ${pick(STAFF, r)} : TTY=pts/${int(0, 4, r)} ; PWD=/home/${pick(STAFF, r)} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx`),
  syslog(AUTH_LOG, 1, (h, r) => { const u = pick(STAFF, r); return `sudo: pam_unix(sudo:auth): authentication failure; logname=${u} uid=1000 euid=0 tty=/dev/pts/0 ruser=${u} rhost=  user=${u}`; }),
  syslog(AUTH_LOG, 1, (h, r) => `su[${pid(r)}]: pam_unix(su:session): session opened for user root(uid=0) by ${pick(STAFF, r)}(uid=1000)`),
  syslog(AUTH_LOG, 2, (h, r) => `CRON[${pid(r)}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)`),
  syslog(AUTH_LOG, 8, (h, r, now) => `sshd[${pid(r)}]: Failed password for ${pick(USERS, r)} from ${simAttacker(h, now)} port ${int(1024, 65535, r)} ssh2`),
  syslog(AUTH_LOG, 4, (h, r, now) => `sshd[${pid(r)}]: Failed password for invalid user ${pick(USERS, r)} from ${simAttacker(h, now)} port ${int(1024, 65535, r)} ssh2`),
  syslog(AUTH_LOG, 1, (h, r, now) => `sshd[${pid(r)}]: Invalid user ${pick(USERS, r)} from ${simAttacker(h, now)} port ${int(1024, 65535, r)}`),
  syslog(AUTH_LOG, 1, (h, r) => `systemd-logind[${int(400, 900, r)}]: New session ${int(1, 999, r)} of user ${pick(STAFF, r)}.`),
  syslog(SYSLOG, 1, () => `systemd[1]: nginx.service: Failed with result 'exit-code'.`),
  syslog(KERN_LOG, 2, (h, r) => `kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=${remoteIp(r)} DST=10.0.0.${int(2, 250, r)} LEN=44 TOS=0x00 PREC=0x00 TTL=${int(40, 250, r)} ID=${int(1, 65535, r)} PROTO=TCP SPT=${int(1024, 65535, r)} DPT=${pick([23, 445, 3389, 5900, 6379], r)} WINDOW=1024 RES=0x00 SYN URGP=0`),
  { location: DPKG_LOG, weight: 1, line: (h, now, r) => `${dpkgStamp(now)} install ${pick(PACKAGES, r)}:amd64 <none> ${int(1, 9, r)}.${int(0, 20, r)}-${int(1, 3, r)}` },
  { location: ACCESS_LOG, weight: 2, line: (h, now, r) => `${simAttacker(h, now)} - - [${accessStamp(now)}] "GET ${pick(PROBES, r)} HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"` },
  { location: ACCESS_LOG, weight: 3, line: (h, now, r) => `${staffIp(r)} - - [${accessStamp(now)}] "GET ${pick(PAGES, r)} HTTP/1.1" 200 ${int(200, 9000, r)} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"` },
];
const TOTAL_WEIGHT = TEMPLATES.reduce((a, t) => a + t.weight, 0);

function pickTemplate(random: Random): Template {
  let x = random() * TOTAL_WEIGHT;
  for (const t of TEMPLATES) {
    if (x < t.weight) return t;
    x -= t.weight;
  }
  return TEMPLATES[TEMPLATES.length - 1]!;
}

/** One log line as the agent's logcollector would read it, with the file it came from. */
export function simLogEvent(host: string, now: Date, random: Random): { location: string; line: string } {
  const t = pickTemplate(random);
  return { location: t.location, line: t.line(host, now, random) };
}

/** The event payload (queue 1, the line's file as location) for one line. */
export function simEventPayload(host: string, now: Date, random: Random): Buffer {
  const ev = simLogEvent(host, now, random);
  return formatAgentEvent('1', ev.location, ev.line);
}

/** What a real agent reports once it is started: `1:wazuh-agent:ossec: Agent started: '<name>-><ip>'.` */
export function agentStartedPayload(name: string, ip: string): Buffer {
  return formatAgentEvent('1', 'wazuh-agent', `ossec: Agent started: '${name}->${ip}'.`);
}
