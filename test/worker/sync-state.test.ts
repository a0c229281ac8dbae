// The worker's sync gate, as a script of events: when it takes agents, when it says it is in sync.
import {
  acceptingAgents, describeOpened, describeStart, initialSyncState, onSyncEvent, refusalReason, type SyncEvent, type SyncMarker, syncStateName,
} from '../../actors/worker/sync-state';

const MARKER: SyncMarker = { at: Date.UTC(2026, 11, 1), files: 12, agents: 40 };
const files = (count: number): SyncEvent => ({ type: 'files', count });
const registry = (count: number): SyncEvent => ({ type: 'registry', count });

describe('sync gate', () => {
  test.each<[string, SyncMarker | null, SyncEvent[], { accepting: boolean; state: string; openedBy: number | null }]>([
    ['a brand-new worker refuses agents', null, [], { accepting: false, state: 'syncing', openedBy: null }],
    ['files alone do not open it', null, [files(3)], { accepting: false, state: 'syncing', openedBy: null }],
    ['the registry alone does not open it', null, [registry(5)], { accepting: false, state: 'syncing', openedBy: null }],
    ['files then registry open it, at the second event', null, [files(3), registry(5)], { accepting: true, state: 'in_sync', openedBy: 1 }],
    ['registry then files open it too', null, [registry(5), files(3)], { accepting: true, state: 'in_sync', openedBy: 1 }],
    ['later events never open it twice', null, [files(3), registry(5), files(4), registry(6)], { accepting: true, state: 'in_sync', openedBy: 1 }],
    ['an earlier run\'s marker: takes agents at once, still syncing', MARKER, [], { accepting: true, state: 'syncing', openedBy: null }],
    ['a marker and this run\'s sync', MARKER, [registry(41), files(12)], { accepting: true, state: 'in_sync', openedBy: 1 }],
  ])('%s', (_what, marker, events, want) => {
    let s = initialSyncState(1_000, marker);
    const opened: number[] = [];
    events.forEach((e, i) => {
      const r = onSyncEvent(s, e, 1_000 + (i + 1) * 500);
      s = r.state;
      if (r.opened) opened.push(i);
    });
    expect(acceptingAgents(s)).toBe(want.accepting);
    expect(syncStateName(s)).toBe(want.state);
    expect(opened).toEqual(want.openedBy === null ? [] : [want.openedBy]);
    expect(refusalReason(s) === null).toBe(want.accepting);
  });

  test('what opening says: the time since start and the counts of the completing sync', () => {
    let s = initialSyncState(10_000, null);
    s = onSyncEvent(s, registry(50), 11_000).state;
    const { opened } = onSyncEvent(s, files(7), 12_345);
    expect(opened).toEqual({ afterMs: 2_345, files: 7, agents: 50, wasServing: false });
    expect(describeOpened(opened!)).toBe('In sync with the master after 2.3 s: 7 files, 50 agents; accepting agents.');
  });

  test('the start lines name what the worker does meanwhile', () => {
    expect(describeStart(initialSyncState(0, null))).toMatch(/refused until the first sync/);
    expect(describeStart(initialSyncState(0, MARKER))).toBe(
      'Serving agents from the state of an earlier sync (2026-12-01T00:00:00.000Z: 12 files, 40 agents) while syncing with the master again.');
    expect(refusalReason(initialSyncState(0, null))).toMatch(/not in sync with the master yet/);
  });
});
