// Which master a worker dials next: rounds over cluster.nodes, redirects to the leader a standby names.
import { MasterList, addressText } from '../../actors/worker/master-list';

const A = { host: '10.0.0.1', port: 1516 }, B = { host: '10.0.0.2', port: 1516 }, C = { host: 'fd00::3', port: 1600 };
const L = { host: '10.0.0.9', port: 1516 };

type Step = ['failed' | 'joined' | ['redirect', typeof A], string];

describe('MasterList', () => {
  test.each<{ name: string; list: (typeof A)[]; steps: Step[] }>([
    { name: 'one master: every failure ends the round', list: [A], steps: [['failed', 'round-failed 10.0.0.1:1516'], ['failed', 'round-failed 10.0.0.1:1516']] },
    { name: 'three masters: next at once, the round fails after all three', list: [A, B, C], steps: [
      ['failed', 'next 10.0.0.2:1516'], ['failed', 'next [fd00::3]:1600'], ['failed', 'round-failed 10.0.0.1:1516']] },
    { name: 'a redirect is dialed before the list, and its failure does not count against the round', list: [A, B], steps: [
      [['redirect', L], 'current 10.0.0.9:1516'], ['failed', 'next 10.0.0.1:1516'], ['failed', 'next 10.0.0.2:1516'], ['failed', 'round-failed 10.0.0.1:1516']] },
    { name: 'only one redirect a round; a new round allows one again', list: [A, B], steps: [
      [['redirect', B], 'current 10.0.0.2:1516'], [['redirect', A], 'refused'], ['failed', 'next 10.0.0.1:1516'], ['failed', 'next 10.0.0.2:1516'],
      ['failed', 'round-failed 10.0.0.1:1516'], [['redirect', B], 'current 10.0.0.2:1516']] },
    { name: 'a redirect to the address that answered is refused', list: [A, B], steps: [[['redirect', A], 'refused']] },
    { name: 'joining a redirect inside the list moves the cursor there', list: [A, B, C], steps: [
      [['redirect', C], 'current [fd00::3]:1600'], ['joined', 'current [fd00::3]:1600'], ['failed', 'next 10.0.0.1:1516']] },
    { name: 'joining a leader outside the list keeps it until it fails', list: [A, B], steps: [
      [['redirect', L], 'current 10.0.0.9:1516'], ['joined', 'current 10.0.0.9:1516'], ['failed', 'next 10.0.0.1:1516']] },
    { name: 'a join starts a new round', list: [A, B], steps: [['failed', 'next 10.0.0.2:1516'], ['joined', 'current 10.0.0.2:1516'],
      ['failed', 'next 10.0.0.1:1516'], ['failed', 'round-failed 10.0.0.2:1516']] },
  ])('$name', ({ list, steps }) => {
    const m = new MasterList(list);
    for (const [step, want] of steps) {
      let got: string;
      if (step === 'failed') {
        const n = m.failed();
        got = `${n.kind} ${addressText(n.address)}`;
      } else if (step === 'joined') {
        m.joined();
        got = `current ${addressText(m.current())}`;
      } else {
        got = m.redirectTo(step[1]) ? `current ${addressText(m.current())}` : 'refused';
      }
      expect(got).toBe(want);
    }
  });

  test('an empty list is refused with the setting named', () => {
    expect(() => new MasterList([])).toThrow(/cluster\.nodes/);
  });
});
