// The fencing rule: a leader stops accepting writes at (send time of its last answered keep-alive) +
// TTL - margin, strictly before etcd can expire its lease.
import {
  confirmed, fenceMarginMs, granted, keepAliveFailed, keepAlivePeriodMs, type LeaseView, writableUntil, writeVerdict,
} from '../../actors/ha/leadership';

describe('fence margin, deadline and keep-alive period', () => {
  test.each<[number, number, number, number]>([
    // ttl, margin, writable window (ttl - margin), keep-alive period
    [2_000, 1_000, 1_000, 333],
    [3_000, 1_000, 2_000, 666],
    [5_000, 1_666, 3_334, 1_111],
    [6_000, 2_000, 4_000, 1_333],
    [60_000, 20_000, 40_000, 13_333],
  ])('ttl %d ms: margin %d, window %d, keep-alive every %d', (ttl, margin, window, period) => {
    expect(fenceMarginMs(ttl)).toBe(margin);
    expect(writableUntil(10_000, ttl) - 10_000).toBe(window);
    expect(keepAlivePeriodMs(ttl)).toBe(period);
    // Three keep-alives fit in the window, and the window ends before the lease can.
    expect(3 * period).toBeLessThanOrEqual(window);
    expect(window).toBeLessThan(ttl);
  });
});

describe('writeVerdict', () => {
  const TTL = 5_000; // margin 1_666: writable until confirmedAt + 3_334
  const lease = (over: Partial<LeaseView> = {}): LeaseView => ({ ttlMs: TTL, confirmedAt: 1_000, failingSince: null, ...over });

  test.each<[string, LeaseView, number, boolean, string | null]>([
    ['just granted', lease(), 1_000, true, null],
    ['within the window', lease(), 4_333, true, null],
    ['at the deadline: fenced (the deadline is exclusive)', lease(), 4_334, false, 'lease lapsed'],
    ['past the lease itself (a pause longer than the TTL)', lease(), 1_000 + 60_000, false, 'lease lapsed'],
    ['failing keep-alives, still within the window', lease({ failingSince: 2_000 }), 4_000, true, null],
    ['failing keep-alives past the window', lease({ failingSince: 2_000 }), 4_334, false, 'etcd unreachable'],
    ['a shorter granted TTL counts', lease({ ttlMs: 2_000 }), 2_000, false, 'lease lapsed'],
  ])('%s', (_name, v, now, writable, reason) => {
    const verdict = writeVerdict(v, now);
    expect(verdict.writable).toBe(writable);
    if (verdict.writable) expect(verdict.until).toBe(writableUntil(v.confirmedAt, v.ttlMs));
    else expect(verdict.reason).toBe(reason);
  });

  test('the detail says how long nothing was answered and the limits', () => {
    const v = writeVerdict(lease({ failingSince: 3_000 }), 9_000);
    expect(v).toEqual({
      writable: false, reason: 'etcd unreachable',
      detail: 'no keep-alive answered for 8.0s, failing since 6.0s ago (the lease lasts 5s; writes stop 1.666s before)',
    });
  });
});

describe('confirmations', () => {
  type Step = ['grant', number, number] | ['answer', number, number] | ['fail', number];
  const run = (steps: Step[]): LeaseView => {
    let v: LeaseView | undefined;
    for (const s of steps) {
      if (s[0] === 'grant') v = granted(s[1], 5_000, s[2]);
      else if (s[0] === 'answer') v = confirmed(v!, s[1], s[2]);
      else v = keepAliveFailed(v!, s[1]);
    }
    return v!;
  };

  test.each<[string, Step[], LeaseView]>([
    ['a grant counts from its send time', [['grant', 100, 5_000]], { ttlMs: 5_000, confirmedAt: 100, failingSince: null }],
    ['etcd granting longer than asked changes nothing', [['grant', 100, 9_000]], { ttlMs: 5_000, confirmedAt: 100, failingSince: null }],
    ['etcd granting shorter is believed', [['grant', 100, 3_000]], { ttlMs: 3_000, confirmedAt: 100, failingSince: null }],
    ['an answer moves the confirmation to its send time', [['grant', 100, 5_000], ['answer', 1_200, 5_000]], { ttlMs: 5_000, confirmedAt: 1_200, failingSince: null }],
    ['a late answer to an older keep-alive never moves it back', [['grant', 100, 5_000], ['answer', 2_300, 5_000], ['answer', 1_200, 5_000]], { ttlMs: 5_000, confirmedAt: 2_300, failingSince: null }],
    ['a failure is remembered from its first time', [['grant', 100, 5_000], ['fail', 1_300], ['fail', 2_400]], { ttlMs: 5_000, confirmedAt: 100, failingSince: 1_300 }],
    ['an answer clears the failures', [['grant', 100, 5_000], ['fail', 1_300], ['answer', 2_400, 5_000]], { ttlMs: 5_000, confirmedAt: 2_400, failingSince: null }],
    ['an answer with TTL 0 does not shrink the TTL (lapsed: the caller ends the lease)', [['grant', 100, 5_000], ['answer', 200, 0]], { ttlMs: 5_000, confirmedAt: 200, failingSince: null }],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  test('a process paused past its TTL resumes fenced, whatever answers arrive late', () => {
    // Keep-alive sent at 1_000, process stopped at 1_050 for 10 s; the answer is read after the resume.
    let v = granted(0, 5_000, 5_000);
    v = confirmed(v, 1_000, 5_000);
    const resumedAt = 11_050;
    expect(writeVerdict(v, resumedAt).writable).toBe(false);
  });
});
