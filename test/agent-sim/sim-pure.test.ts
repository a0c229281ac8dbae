// The simulator's pure cores, table-driven: timer queue, event bucket, push receiver, content, names, options.
import { createHash } from 'node:crypto';
import { parseAgentEvent } from '../../agents/messages/agent-message';
import { formatKeepAlive, parseKeepAlive } from '../../agents/messages/keepalive';
import { classifyManagerMessage, filePushPayloads } from '../../agents/messages/manager-replies';
import { parseUname } from '../../agents/messages/uname';
import { EventBucket } from '../../agents/sim/event-bucket';
import { MAX_PUSH_BYTES, PushReceiver } from '../../agents/sim/push-receiver';
import { agentStartedPayload, SIM_ATTACKERS, simAttacker, simEventPayload, simLabels, simLogEvent, simUname, syslogStamp } from '../../agents/sim/sim-content';
import { simAgentName } from '../../agents/sim/sim-names';
import { parseSimOptions } from '../../agents/sim/sim-options';
import { SimError } from '../../agents/sim/sim-errors';
import { SlotGate } from '../../agents/sim/slot-gate';
import { TimerQueue } from '../../agents/sim/timer-queue';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

describe('TimerQueue', () => {
  test('pops in due order, ties in insertion order, nothing before its time', () => {
    const q = new TimerQueue<string>();
    const input: Array<[number, string]> = [[30, 'c'], [10, 'a1'], [20, 'b'], [10, 'a2'], [5, 'z'], [40, 'd']];
    for (const [due, item] of input) q.push(due, item);
    expect(q.nextDue()).toBe(5);
    expect(q.popDue(4)).toBeNull();
    const out: string[] = [];
    for (let x = q.popDue(25); x !== null; x = q.popDue(25)) out.push(x);
    expect(out).toEqual(['z', 'a1', 'a2', 'b']);
    expect(q.size).toBe(2);
    expect(q.nextDue()).toBe(30);
  });

  test('stays ordered over many random entries', () => {
    const q = new TimerQueue<number>();
    const r = seeded(7);
    const dues = Array.from({ length: 2000 }, () => Math.floor(r() * 10_000));
    dues.forEach((d) => q.push(d, d));
    const out: number[] = [];
    for (let x = q.popDue(Infinity); x !== null; x = q.popDue(Infinity)) out.push(x);
    expect(out).toEqual([...dues].sort((a, b) => a - b));
  });
});

describe('EventBucket', () => {
  test.each([
    // rate, elapsed steps, events per step
    [10, [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
    [5, [100, 100, 100, 100], [0, 1, 0, 1]],
    [1000, [10, 10], [10, 10]],
    [100, [60_000], [100]], // a long pause banks at most one second
    [0, [1000, 1000], [0, 0]],
  ])('rate %p over %p gives %p', (rate, steps, expected) => {
    const b = new EventBucket(rate);
    expect(steps.map((ms) => b.take(ms))).toEqual(expected);
  });

  test('events given back are offered again, under the cap', () => {
    const b = new EventBucket(10);
    expect(b.take(500)).toBe(5);
    b.giveBack(5);
    expect(b.take(0)).toBe(5);
    b.giveBack(50);
    expect(b.take(0)).toBe(10);
  });
});

describe('PushReceiver', () => {
  const content = Buffer.from('#web\n!12 agent.conf\n<agent_config/>'.repeat(60));
  const md5 = createHash('md5').update(content).digest('hex');

  function feed(r: PushReceiver, payloads: Buffer[]) {
    return payloads.map((p) => {
      const m = classifyManagerMessage(p);
      if (m.kind === 'file_open') return r.open(m.md5, m.name);
      if (m.kind === 'file_data') return r.data(m.data);
      if (m.kind === 'file_close') return r.close();
      throw new Error(`unexpected ${m.kind}`);
    });
  }

  test('applies a push whose MD5 matches, from 900-byte pieces', () => {
    const payloads = filePushPayloads(md5, content);
    expect(payloads.length).toBeGreaterThan(3);
    const results = feed(new PushReceiver(), payloads);
    expect(results.slice(0, -1).every((x) => x.kind === 'none')).toBe(true);
    expect(results.at(-1)).toEqual({ kind: 'applied', md5, content });
  });

  test.each([
    ['a wrong MD5', filePushPayloads('0'.repeat(32), content), /does not match/],
    ['another file name', filePushPayloads(md5, content, 'ar.conf'), /unexpected pushed file/],
    ['a close without a push', [Buffer.from('#!-close file ')], /close without a push/],
  ])('rejects %s', (_what, payloads, reason) => {
    const last = feed(new PushReceiver(), payloads).at(-1);
    expect(last?.kind).toBe('rejected');
    expect(last?.kind === 'rejected' && last.reason).toMatch(reason);
  });

  test('data outside a push, an oversized push and a reset push are refused', () => {
    const r = new PushReceiver();
    expect(r.data(Buffer.from('x')).kind).toBe('rejected');
    r.open(md5, 'merged.mg');
    r.data(Buffer.alloc(MAX_PUSH_BYTES));
    r.data(Buffer.from('one more'));
    expect(r.close()).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/over/) });
    r.open(md5, 'merged.mg');
    r.reset();
    expect(r.receiving).toBe(false);
    expect(r.close().kind).toBe('rejected');
  });
});

describe('content', () => {
  test.each([0, 1, 2, 3])('uname of fleet member %p parses back to its host, OS and arch', (i) => {
    const name = simAgentName('sim', i, 10);
    const os = parseUname(simUname(i, name));
    expect(os.hostname).toBe(name);
    expect(os.name).toMatch(/Ubuntu|Debian|Rocky/);
    expect(os.platform).toMatch(/ubuntu|debian|rocky/);
    expect(os.major).toMatch(/^\d+$/);
    expect(os.arch).toMatch(/x86_64|aarch64/);
  });

  test('the first uname is the realistic Ubuntu line', () => {
    expect(simUname(0, 'sim-001')).toBe('Linux |sim-001 |5.15.0-91-generic |#101-Ubuntu SMP |x86_64 [Ubuntu|ubuntu: 22.04.3 LTS (Jammy Jellyfish)]');
  });

  test('a keep-alive built from it parses back', () => {
    const text = formatKeepAlive({ uname: simUname(0, 'sim-001'), agentVersion: 'Wazuh v4.14.7', labels: simLabels(0, 'web'), mergedMd5: null, agentIp: '10.0.0.5' });
    const ka = parseKeepAlive(text);
    expect(ka).toMatchObject({ agentVersion: 'Wazuh v4.14.7', mergedMd5: null, mergedReported: true, agentIp: '10.0.0.5' });
    expect(ka.os?.codename).toBe('Jammy Jellyfish');
    expect(ka.labels).toEqual(simLabels(0, 'web'));
  });

  test('events are queue-1 lines of the files an agent reads, each in its file\'s format; Agent started is what a real agent says', () => {
    const r = seeded(42);
    const now = new Date(2026, 0, 5, 9, 7, 3);
    expect(syslogStamp(now)).toBe('Jan  5 09:07:03');
    const shapes: Record<string, RegExp> = {
      '/var/log/auth.log': /^Jan {2}5 09:07:03 sim-001 (sshd|sudo|su|CRON|systemd-logind)(\[\d+\])?: \S/,
      '/var/log/syslog': /^Jan {2}5 09:07:03 sim-001 systemd\[1\]: \S/,
      '/var/log/kern.log': /^Jan {2}5 09:07:03 sim-001 kernel: \[UFW BLOCK\] IN=eth0 /,
      '/var/log/dpkg.log': /^2026-01-05 09:07:03 install \S+:amd64 <none> \S+$/,
      '/var/log/nginx/access.log': /^\S+ - - \[05\/Jan\/2026:09:07:03 [+-]\d{4}\] "GET \S+ HTTP\/1\.1" \d{3} \d+ /,
    };
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const ev = parseAgentEvent(simEventPayload('sim-001', now, r));
      expect(ev?.queue).toBe('1');
      expect(Object.keys(shapes)).toContain(ev!.location);
      expect(ev!.message.toString()).toMatch(shapes[ev!.location]!);
      seen.add(ev!.location);
    }
    expect([...seen].sort()).toEqual(Object.keys(shapes).sort());
    expect(agentStartedPayload('sim-001', '10.0.0.5').toString()).toBe("1:wazuh-agent:ossec: Agent started: 'sim-001->10.0.0.5'.");
  });

  test('a host is attacked from one of a few addresses at a time, a different one every ten minutes', () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const at = (min: number) => new Date(t0 + min * 60_000);
    // Within one ten-minute slot every failure of a host names the same source.
    const r = seeded(7);
    const sources = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const m = /Failed password for (?:invalid user )?\S+ from (\S+) /.exec(simLogEvent('sim-001', at(0), r).line);
      if (m) sources.add(m[1]!);
    }
    expect([...sources]).toEqual([simAttacker('sim-001', at(0))]);
    // Over an hour the host meets each attacker; a fleet is attacked by all of them at once.
    expect(new Set([0, 10, 20, 30, 40, 50].map((m) => simAttacker('sim-001', at(m))))).toEqual(new Set(SIM_ATTACKERS));
    expect(new Set(Array.from({ length: 30 }, (_, i) => simAttacker(`sim-${String(i + 1).padStart(3, '0')}`, at(0))))).toEqual(new Set(SIM_ATTACKERS));
    expect(simAttacker('sim-001', at(0))).toBe(simAttacker('sim-001', at(9)));
  });

  test.each([
    ['sim', 0, 5, 'sim-001'],
    ['sim', 998, 999, 'sim-999'],
    ['lab', 41, 2000, 'lab-0042'],
  ])('name %p #%p of %p is %p', (prefix, i, count, name) => {
    expect(simAgentName(prefix, i, count)).toBe(name);
  });
});

describe('SlotGate', () => {
  test('runs at most N at once, the rest in order', () => {
    const gate = new SlotGate(2);
    const releases: Array<() => void> = [];
    const started: number[] = [];
    for (let i = 0; i < 5; i++) gate.run((release) => { started.push(i); releases.push(release); });
    expect(started).toEqual([0, 1]);
    releases[0]!();
    releases[0]!(); // a second release of the same job is ignored
    expect(started).toEqual([0, 1, 2]);
    releases[1]!();
    releases[2]!();
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('parseSimOptions', () => {
  test('reads the command-line strings into typed values', () => {
    const o = parseSimOptions({ enroll: '10.0.0.1:1515', workers: '10.0.0.2:1514,10.0.0.3', count: '2000', rate: '12.5', keepalive: '20s', group: 'web' });
    expect(o).toMatchObject({
      enroll: { host: '10.0.0.1', port: 1515 },
      workers: [{ host: '10.0.0.2', port: 1514 }, { host: '10.0.0.3', port: 1514 }],
      count: 2000, rate: 12.5, keepaliveMs: 20_000, group: 'web', namePrefix: 'sim', password: null, reconnectMs: 60_000,
    });
  });

  test('lists every problem at once', () => {
    let err: unknown;
    try {
      parseSimOptions({ enroll: 'nohost:99999', workers: '', count: '0', rate: '-1', keepalive: '10', group: 'a b', namePrefix: '.x', password: 'two words' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).code).toBe('bad_options');
    for (const key of ['--enroll', '--workers', '--count', '--rate', '--keepalive', '--group', '--name-prefix', '--password']) {
      expect((err as SimError).message).toContain(key);
    }
  });
});
