// Wazuh's small text plugin decoders (SonicWall, PF, Symantec web security, OSSEC alerts):
// fixed key=value or positional formats.
import { Event, addDynamic, setField } from '../../event';

/** SonicWall: key=value pairs, values optionally quoted; src/dst carry ip:port:interface. */
export function sonicwallDecoder(ev: Event, input: string): void {
  const re = /(\w+)=("([^"]*)"|(\S+))/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const key = m[1];
    const value = m[3] ?? m[4] ?? '';
    switch (key) {
      case 'src': case 'dst': {
        const [ip, port] = value.split(':');
        setField(ev, key === 'src' ? 'srcip' : 'dstip', ip);
        if (port) setField(ev, key === 'src' ? 'srcport' : 'dstport', port);
        break;
      }
      case 'proto': setField(ev, 'protocol', value.split('/')[0]); break;
      case 'usr': case 'user': setField(ev, 'dstuser', value); break;
      case 'pri': case 'c': case 'm': case 'n': case 'fw': case 'id': case 'sn': case 'msg': case 'note': case 'rule':
      default:
        if (key === 'm') setField(ev, 'id', value);
        else if (key === 'msg') setField(ev, 'status', value);
    }
  }
}

/** OpenBSD pf (tcpdump -e) lines: "rule 1/0(match): block in on em0: 1.2.3.4.5 > 5.6.7.8.80: ..." */
export function pfDecoder(ev: Event, input: string): void {
  const m = /rule\s+\S+\(\w+\):\s+(\w+)\s+\w+\s+on\s+(\S+):\s+([\d.]+?)\.(\d+)\s+>\s+([\d.]+?)\.(\d+):/.exec(input)
    ?? /rule\s+\S+\(\w+\):\s+(\w+)\s+\w+\s+on\s+(\S+):\s+([\d.]+)()\s+>\s+([\d.]+)():/.exec(input);
  if (!m) return;
  setField(ev, 'action', m[1]);
  setField(ev, 'srcip', m[3]);
  if (m[4]) setField(ev, 'srcport', m[4]);
  setField(ev, 'dstip', m[5]);
  if (m[6]) setField(ev, 'dstport', m[6]);
}

/** Symantec Web Security: comma-separated, with the source IP and URL at known places. */
export function symantecWsDecoder(ev: Event, input: string): void {
  const parts = input.split(',');
  if (parts.length > 5) {
    setField(ev, 'srcip', parts[3]?.trim() ?? '');
    setField(ev, 'url', parts[5]?.trim() ?? '');
  }
}

/** OSSEC alert lines forwarded from another manager: "Rule: N (level L) -> 'desc'" etc. */
export function ossecAlertDecoder(ev: Event, input: string): void {
  const m = /Rule: (\d+) \(level (\d+)\) -> '([^']*)'/.exec(input);
  if (m) { setField(ev, 'id', m[1]); addDynamic(ev, 'level', m[2]); addDynamic(ev, 'description', m[3]); }
  const ip = /Src IP: (\S+)/.exec(input);
  if (ip) setField(ev, 'srcip', ip[1]);
  const user = /User: (\S+)/.exec(input);
  if (user) setField(ev, 'dstuser', user[1]);
}
