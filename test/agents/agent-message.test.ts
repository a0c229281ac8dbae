import { classifyAgentMessage, formatAgentEvent, formatShutdown, formatStartup, parseAgentEvent } from '../../agents/messages/agent-message';
import { formatKeepAlive, parseKeepAlive, parseLabelLine } from '../../agents/messages/keepalive';
import { formatUnixUname, parseUname } from '../../agents/messages/uname';
import {
  agentAck,
  agentErrorReply,
  classifyManagerMessage,
  FILE_CHUNK_SIZE,
  filePushPayloads,
  startupReply,
} from '../../agents/messages/manager-replies';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('classifying agent payloads', () => {
  it.each([
    ['#!-agent startup {"version":"v4.14.7"}', { kind: 'startup', info: { version: 'v4.14.7' } }],
    ['#!-agent startup ', { kind: 'startup', info: null }],
    ['#!-agent startup', { kind: 'startup', info: null }],
    ['#!-agent startup {not json', { kind: 'startup', info: null }],
    ['#!-agent shutdown ', { kind: 'shutdown' }],
    ['#!-req 42 ok {"x":1}', { kind: 'request_reply', text: '42 ok {"x":1}' }],
    ['#!-Linux |h |5 |v |x86_64 [Ubuntu|ubuntu: 22.04] - Wazuh v4.14.7\nx merged.mg\n', { kind: 'keepalive', text: 'Linux |h |5 |v |x86_64 [Ubuntu|ubuntu: 22.04] - Wazuh v4.14.7\nx merged.mg\n' }],
    ['', { kind: 'invalid', reason: 'empty payload' }],
    ['no colon here', { kind: 'invalid', reason: 'not a control message nor `<q>:<location>:<message>`' }],
  ])('%j', (text, expected) => {
    expect(classifyAgentMessage(b(text))).toEqual(expected);
  });

  it.each([
    ['1:/var/log/auth.log:Accepted password', '1', '/var/log/auth.log', 'Accepted password'],
    ["1:wazuh-agent:ossec: Agent started: 'agent1->any'.", '1', 'wazuh-agent', "ossec: Agent started: 'agent1->any'."],
    ['2:10.0.0.1:<13>syslog line', '2', '10.0.0.1', '<13>syslog line'],
    ['f:EventChannel:{"win":{}}', 'f', 'EventChannel', '{"win":{}}'],
    ['1:C|:\\Windows\\log.txt:line: with colons', '1', 'C:\\Windows\\log.txt', 'line: with colons'],
    ['8:syscheck:', '8', 'syscheck', ''],
  ])('event %j', (text, queue, location, message) => {
    const m = classifyAgentMessage(b(text));
    expect(m).toEqual({ kind: 'event', queue, location, message: b(message) });
  });

  it.each(['1', '1:', '1:no-second-colon', '12:x:y'])('is not an event: %j', (text) => {
    expect(parseAgentEvent(b(text))).toBeNull();
  });

  it('formats events, startup and shutdown so they classify back', () => {
    const ev = formatAgentEvent('1', 'C:\\logs\\a.log', 'msg');
    expect(ev.toString()).toBe('1:C|:\\logs\\a.log:msg');
    expect(classifyAgentMessage(ev)).toEqual({ kind: 'event', queue: '1', location: 'C:\\logs\\a.log', message: b('msg') });
    expect(formatStartup('v4.14.7')).toBe('#!-agent startup {"version":"v4.14.7"}');
    expect(classifyAgentMessage(b(formatStartup()))).toEqual({ kind: 'startup', info: null });
    expect(classifyAgentMessage(b(formatShutdown()))).toEqual({ kind: 'shutdown' });
  });
});

describe('uname lines', () => {
  it.each([
    [
      'Linux |ubuntu-host |5.15.0-91-generic |#101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 |x86_64 [Ubuntu|ubuntu: 22.04.3 LTS (Jammy Jellyfish)]',
      { name: 'Ubuntu', platform: 'ubuntu', version: '22.04.3 LTS', codename: 'Jammy Jellyfish', major: '22', minor: '04', build: null, arch: 'x86_64', hostname: 'ubuntu-host' },
    ],
    [
      'Linux |centos7 |3.10.0-1160.el7.x86_64 |#1 SMP Mon Oct 19 16:18:59 UTC 2020 |x86_64 [CentOS Linux|centos: 7.9 (Core)]',
      { name: 'CentOS Linux', platform: 'centos', version: '7.9', codename: 'Core', major: '7', minor: '9', build: null, arch: 'x86_64', hostname: 'centos7' },
    ],
    [
      'Linux |sles15 |5.14.21-150500.55.39-default |#1 SMP PREEMPT_DYNAMIC |x86_64 [SLES|sles: 15-SP7]',
      { name: 'SLES', platform: 'sles', version: '15-SP7', codename: null, major: '15', minor: '7', build: null, arch: 'x86_64', hostname: 'sles15' },
    ],
    [
      'Linux |pi |6.1.21-v8+ |#1642 SMP PREEMPT |aarch64 [Debian GNU/Linux|debian: 12 (bookworm)]',
      { name: 'Debian GNU/Linux', platform: 'debian', version: '12', codename: 'bookworm', major: '12', minor: null, build: null, arch: 'aarch64', hostname: 'pi' },
    ],
    [
      'Darwin |mac-mini |23.4.0 |Darwin Kernel Version 23.4.0: Fri Mar 15 00:10:42 PDT 2024; root:xnu-10063.101.17~1/RELEASE_ARM64_T8103 |arm64 [macOS|darwin: 14.4.1 (Sonoma)]',
      { name: 'macOS', platform: 'darwin', version: '14.4.1', codename: 'Sonoma', major: '14', minor: '4', build: null, arch: 'arm64', hostname: 'mac-mini' },
    ],
    [
      'Microsoft Windows 10 Pro [Ver: 10.0.19045]',
      { name: 'Microsoft Windows 10 Pro', platform: 'windows', version: '10.0.19045', codename: null, major: '10', minor: '0', build: '19045', arch: null, hostname: null },
    ],
    [
      'Microsoft Windows Server 2022 Datacenter [Ver: 10.0.20348.2113] |WIN-SRV01 |x86_64',
      { name: 'Microsoft Windows Server 2022 Datacenter', platform: 'windows', version: '10.0.20348.2113', codename: null, major: '10', minor: '0', build: '20348.2113', arch: 'x86_64', hostname: 'WIN-SRV01' },
    ],
    [
      'Linux oldhost 2.6.32 #1 SMP i686',
      { name: null, platform: null, version: null, codename: null, major: null, minor: null, build: null, arch: 'i686', hostname: null },
    ],
  ])('%s', (uname, expected) => {
    expect(parseUname(uname)).toEqual({ uname, ...expected });
  });

  it('builds the Unix shape the agent sends', () => {
    const u = formatUnixUname({ sysname: 'Linux', nodename: 'h', release: '5.15.0', version: '#1 SMP', machine: 'x86_64', osName: 'Ubuntu', osPlatform: 'ubuntu', osVersion: '22.04 LTS' });
    expect(u).toBe('Linux |h |5.15.0 |#1 SMP |x86_64 [Ubuntu|ubuntu: 22.04 LTS]');
  });
});

describe('keep-alive', () => {
  const full =
    '#!-Linux |web1 |5.15.0 |#1 SMP |x86_64 [Ubuntu|ubuntu: 22.04 LTS] - Wazuh v4.14.7 / ab5a0c7e8dbd53a5fe3d6f0d9e2fb0a4\n' +
    '"env":prod\n!"secret":hidden value\n#"_manager_hostname":m1\n' +
    '4f1e6c7bd0a1a5bb0e6a1de1d7e8c1a2 merged.mg\n#"_agent_ip":10.0.0.5\n';

  it('parses every part', () => {
    const k = parseKeepAlive(full);
    expect(k.os?.name).toBe('Ubuntu');
    expect(k.os?.hostname).toBe('web1');
    expect(k.agentVersion).toBe('Wazuh v4.14.7');
    expect(k.agentConfMd5).toBe('ab5a0c7e8dbd53a5fe3d6f0d9e2fb0a4');
    expect(k.labels).toEqual([
      { key: 'env', value: 'prod', hidden: false, system: false },
      { key: 'secret', value: 'hidden value', hidden: true, system: false },
      { key: '_manager_hostname', value: 'm1', hidden: false, system: true },
    ]);
    expect(k.mergedMd5).toBe('4f1e6c7bd0a1a5bb0e6a1de1d7e8c1a2');
    expect(k.mergedReported).toBe(true);
    expect(k.agentIp).toBe('10.0.0.5');
  });

  it.each([
    ['no agent.conf md5, merged x, no IP', 'Linux |h |5 |v |x86_64 [Ubuntu|ubuntu: 22.04] - Wazuh v4.14.7\nx merged.mg\n\n', { agentVersion: 'Wazuh v4.14.7', agentConfMd5: null, mergedMd5: null, mergedReported: true, agentIp: null }],
    ['only the first line', 'Microsoft Windows 11 Pro [Ver: 10.0.22631] - Wazuh v4.14.7', { agentVersion: 'Wazuh v4.14.7', agentConfMd5: null, mergedMd5: null, mergedReported: false, agentIp: null }],
    ['nothing at all', '', { agentVersion: null, agentConfMd5: null, mergedMd5: null, mergedReported: false, agentIp: null }],
    ['version without " / "', 'Linux |h |5 |v |x86_64 - garbage Wazuh v4.9.0', { agentVersion: 'Wazuh v4.9.0', agentConfMd5: null, mergedMd5: null, mergedReported: false, agentIp: null }],
  ])('tolerates %s', (_what, text, expected) => {
    expect(parseKeepAlive(text)).toMatchObject(expected);
  });

  it.each(['plain', '"no-colon', '!nokey'])('ignores a non-label line %j', (line) => {
    expect(parseLabelLine(line)).toBeNull();
  });

  it.each([
    ['with agent.conf md5 and IP', { agentConfMd5: 'ab5a0c7e8dbd53a5fe3d6f0d9e2fb0a4', mergedMd5: 'ffffffffffffffffffffffffffffffff', agentIp: '10.0.0.5' },
      '#!-U - Wazuh v4.14.7 / ab5a0c7e8dbd53a5fe3d6f0d9e2fb0a4\n"env":prod\nffffffffffffffffffffffffffffffff merged.mg\n#"_agent_ip":10.0.0.5\n'],
    ['without either', { agentConfMd5: null, mergedMd5: null, agentIp: null }, '#!-U - Wazuh v4.14.7\n"env":prod\nx merged.mg\n\n'],
  ])('formats a keep-alive %s as notify.c does, and it parses back', (_what, fields, expected) => {
    const text = formatKeepAlive({ uname: 'U', agentVersion: 'Wazuh v4.14.7', labels: [{ key: 'env', value: 'prod', hidden: false, system: false }], ...fields });
    expect(text).toBe(expected);
    expect(parseKeepAlive(text)).toMatchObject({ agentVersion: 'Wazuh v4.14.7', ...fields });
  });
});

describe('manager replies', () => {
  it('acks and errors', () => {
    expect(agentAck()).toBe('#!-agent ack ');
    expect(agentErrorReply('boom')).toBe('#!-err {"message":"boom"}');
  });

  it.each([
    ['v4.14.7', 'v4.14.7', '#!-agent ack '],
    ['v4.14.9', 'v4.14.7', '#!-agent ack '],
    ['v4.13.0', 'v4.14.7', '#!-agent ack '],
    [null, 'v4.14.7', '#!-agent ack '],
    ['v4.15.0', 'v4.14.7', '#!-err {"message":"Agent version must be lower or equal to manager version"}'],
    ['v5.0.0', 'v4.14.7', '#!-err {"message":"Agent version must be lower or equal to manager version"}'],
  ])('startup from %s to a %s manager gets %j', (agent, manager, reply) => {
    expect(startupReply(agent, manager)).toBe(reply);
  });

  it('pushes merged.mg as up, 900-byte pieces, close', () => {
    const content = Buffer.alloc(FILE_CHUNK_SIZE * 2 + 10, 0x61);
    const payloads = filePushPayloads('0123456789abcdef0123456789abcdef', content);
    expect(payloads.map((p) => p.length)).toEqual([54, 900, 900, 10, 14]);
    expect(payloads[0]!.toString()).toBe('#!-up file 0123456789abcdef0123456789abcdef merged.mg\n');
    expect(payloads[payloads.length - 1]!.toString()).toBe('#!-close file ');
    expect(Buffer.concat(payloads.slice(1, -1)).equals(content)).toBe(true);
    expect(filePushPayloads('x', Buffer.alloc(0)).map(String)).toEqual(['#!-up file x merged.mg\n', '#!-close file ']);
  });

  it.each([
    ['#!-agent ack ', { kind: 'ack' }],
    ['#!-err {"message":"nope"}', { kind: 'error', message: 'nope' }],
    ['#!-err garbage', { kind: 'error', message: null }],
    ['#!-up file abc merged.mg\n', { kind: 'file_open', md5: 'abc', name: 'merged.mg' }],
    ['#!-close file ', { kind: 'file_close' }],
    ['#!-req 7 getconfig', { kind: 'request', text: 'req 7 getconfig' }],
    ['#!-force_reconnect', { kind: 'force_reconnect' }],
    ['#!-force_reconnect_later', { kind: 'request', text: 'force_reconnect_later' }],
    ['#default\n!10 agent.conf\n', { kind: 'file_data', data: b('#default\n!10 agent.conf\n') }],
  ])('the agent reads %j', (text, expected) => {
    expect(classifyManagerMessage(b(text))).toEqual(expected);
  });
});
