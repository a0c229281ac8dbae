// The simulator's log lines against the built-in ruleset, with no network: every line decodes with a
// built-in decoder and meets a rule, and at the demo's rate a host's attacker trips the brute-force
// rule. Time is the simulator's own input (a fixed start, events a fixed interval apart).
import { BUILTIN_RULESET_DIR } from '../../analysis/builtin-ruleset';
import { loadRuleset } from '../../analysis/ruleset-load';
import { simAttacker, simLogEvent } from '../../agents/sim/sim-content';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

// Ten seconds into a ten-minute attack slot: the attacker stays the same for the whole run.
const START = Date.UTC(2026, 0, 14, 10, 0, 10);

describe('the simulated agents and the built-in ruleset', () => {
  const { engine, problems } = loadRuleset([BUILTIN_RULESET_DIR]);

  test('every line the simulator writes is decoded by a built-in decoder and meets a rule', () => {
    expect(problems).toEqual([]);
    const r = seeded(3);
    const undecoded: string[] = [];
    const alerted = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      engine.reset();
      const ev = simLogEvent('sim-001', new Date(START + i * 1000), r);
      const res = engine.process(ev.line, { location: ev.location, agent: { id: '001', name: 'sim-001' } }, new Date(START + i * 1000));
      if (!res.decoder?.name.startsWith('warden-') || !res.rule) undecoded.push(ev.line);
      if (res.alert) alerted.add(res.rule!.id);
    }
    expect(undecoded).toEqual([]);
    // Logins failed and accepted, sudo, su and other PAM sessions, logind, systemd, ufw, dpkg and web probes.
    expect([...alerted].sort()).toEqual(['200102', '200104', '200201', '200203', '200204', '200205', '200301', '200511', '200702', '200901', '201101', '201303']);
  });

  test('at a quarter of an event a second, a host sees a brute force from its attacker within two minutes', () => {
    engine.reset();
    const r = seeded(11);
    const bruteForces: Array<{ at: number; srcip: string }> = [];
    for (let i = 0; i < 30; i++) {
      const now = new Date(START + i * 4000);
      const ev = simLogEvent('sim-002', now, r);
      const res = engine.process(ev.line, { location: ev.location, agent: { id: '002', name: 'sim-002' } }, now);
      if (res.rule?.id === '200220') bruteForces.push({ at: i * 4, srcip: res.fields.srcip! });
    }
    expect(bruteForces.length).toBeGreaterThan(0);
    expect(bruteForces.every((b) => b.srcip === simAttacker('sim-002', new Date(START)))).toBe(true);
    expect(bruteForces[0]!.at).toBeLessThan(120);
  });
});
