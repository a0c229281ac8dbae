// The uname part of a keep-alive, read the way the manager reads it (Wazuh remoted_op.c).
//
// Shapes agents send (getuname in src/shared/file_op.c and version_op.c):
//   Unix:    `<sysname> |<node> |<release> |<version> |<machine> [<os_name>|<platform>: <os_version>]`
//   Windows: `Microsoft Windows 10 Pro [Ver: 10.0.19045]`, newer agents add ` |<node> |<arch>`
//   Fallback (no OS info): `<sysname> <node> <release> <version> <machine>`

export interface AgentOs {
  uname: string;
  name: string | null;
  version: string | null;
  major: string | null;
  minor: string | null;
  build: string | null;
  codename: string | null;
  platform: string | null;
  arch: string | null;
  hostname: string | null;
}

const ARCHS = ['x86_64', 'i386', 'i686', 'sparc', 'amd64', 'i86pc', 'ia64', 'AIX', 'armv6', 'armv7', 'aarch64', 'arm64'];

function firstGroup(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m && m[1] !== undefined ? m[1] : null;
}

function emptyOs(uname: string): AgentOs {
  return { uname, name: null, version: null, major: null, minor: null, build: null, codename: null, platform: null, arch: null, hostname: null };
}

function parseWindows(uname: string, at: number): AgentOs {
  const os = emptyOs(uname);
  os.name = uname.slice(0, at);
  let ver = uname.slice(at + ' [Ver: '.length);
  const close = ver.indexOf(']');
  if (close >= 0) {
    const after = ver.slice(close + 1);
    ver = ver.slice(0, close);
    // Newer agents: `] |<hostname> |<arch>`.
    const fields = after.split(' |').map((f) => f.trim());
    if (fields.length >= 3) os.hostname = fields[1] || null;
    const bar = after.lastIndexOf('|');
    if (bar >= 0) os.arch = after.slice(bar + 1).trim().split(' ')[0] || null;
  }
  os.version = ver;
  os.major = firstGroup(/^([0-9]+)/, ver);
  os.minor = firstGroup(/^[0-9]+\.([0-9]+)/, ver);
  os.build = firstGroup(/^[0-9]+\.[0-9]+\.([0-9]+(?:\.[0-9]+)*)/, ver);
  os.platform = 'windows';
  return os;
}

/** Parses the uname (the text before ` - Wazuh ...`). Missing parts are null; never throws. */
export function parseUname(uname: string): AgentOs {
  const win = uname.indexOf(' [Ver: ');
  if (win >= 0) return parseWindows(uname, win);
  const os = emptyOs(uname);
  const fields = uname.split(' |');
  if (fields.length >= 2) os.hostname = fields[1]!.trim() || null;
  const open = uname.indexOf(' [');
  if (open >= 0) {
    let inside = uname.slice(open + 2);
    const colon = inside.indexOf(': ');
    if (colon >= 0) {
      let version = inside.slice(colon + 2);
      inside = inside.slice(0, colon);
      if (version.endsWith(']')) version = version.slice(0, -1);
      const paren = version.indexOf(' (');
      if (paren >= 0) {
        let codename = version.slice(paren + 2);
        if (codename.endsWith(')')) codename = codename.slice(0, -1);
        os.codename = codename;
        version = version.slice(0, paren);
      }
      os.version = version;
      os.major = firstGroup(/^([0-9]+)/, version);
      os.minor = firstGroup(/^[0-9]+\.([0-9]+)/, version) ?? firstGroup(/^[0-9]+-[Ss][Pp]([0-9]+)/, version);
    } else if (inside.endsWith(']')) {
      inside = inside.slice(0, -1);
    }
    const bar = inside.indexOf('|');
    if (bar >= 0) {
      os.platform = inside.slice(bar + 1);
      inside = inside.slice(0, bar);
    }
    os.name = inside;
  }
  os.arch = ARCHS.find((a) => uname.includes(a)) ?? null;
  return os;
}

export interface UnixUnameParts {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
  osName: string;
  osPlatform: string;
  osVersion: string;
}

/** The uname a Unix agent builds (without the ` - Wazuh vX` suffix). */
export function formatUnixUname(p: UnixUnameParts): string {
  return `${p.sysname} |${p.nodename} |${p.release} |${p.version} |${p.machine} [${p.osName}|${p.osPlatform}: ${p.osVersion}]`;
}
