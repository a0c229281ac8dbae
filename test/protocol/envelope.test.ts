// Envelope encoding: round trips, the typed body union, arbitrary bytes, the hand-encoded chunk head.
import fc from 'fast-check';
import { ProtocolError } from '../../protocol/errors';
import { assertNever, Body, BODY_KINDS, body, bodyKind, decodeEnvelope, encodeEnvelope, encodeStreamChunkHead, Envelope } from '../../protocol/envelope';
import * as path from 'path';
import { loadSync } from 'protobufjs';

/** An exhaustive dispatch: adding a oneof case to cluster.proto makes this fail to compile. */
function describeBody(env: Envelope): string {
  const b = env.body;
  switch (b.kind) {
    case 'hello': return `hello ${b.value.nodeName}`;
    case 'helloAccepted': return `accepted by ${b.value.masterName}`;
    case 'error': return `error ${b.value.code}`;
    case 'keepAlive': return `keepalive ${b.value.sentAtMs}`;
    case 'keepAliveAck': return `ack ${b.value.receivedAtMs}`;
    case 'controlRequest': return `control ${b.value.command}`;
    case 'controlResponse': return `result ${b.value.resultJson}`;
    case 'nodeControlRequest': return `control ${b.value.command} on ${b.value.node} within ${b.value.deadlineMs} ms`;
    case 'notLeader': return `not leader; leader ${b.value.leaderName || '?'} at ${b.value.leaderAddress || '?'} (epoch ${b.value.epoch})`;
    case 'streamOpen': return `open ${b.value.streamId}`;
    case 'streamChunk': return `chunk ${b.value.data.length}`;
    case 'streamCredit': return `credit ${b.value.bytes}`;
    case 'streamEnd': return `end ${b.value.streamId}`;
    case 'streamAbort': return `abort ${b.value.reason}`;
    case 'ping': return `ping ${b.value.payload.length}`;
    case 'pong': return `pong ${b.value.payload.length}`;
    case 'agentInfoBatch': return `agent-info ${b.value.agents.length}`;
    case 'agentInfoAck': return `agent-info ack ${b.value.applied}`;
    case 'registryStateRequest': return 'registry?';
    case 'registryState': return `registry at ${b.value.seq}`;
    case 'registryUpdate': return `registry to ${b.value.toSeq} (${b.value.upserts.length} upserts)`;
    case 'integrityCheck': return `integrity? ${b.value.digest} (${Object.keys(b.value.folders).length} folders)`;
    case 'integrityStatus': return `integrity ${b.value.inSync ? 'in sync' : 'differs'}`;
    case 'integrityTable': return `table ${b.value.syncId} (${b.value.files.length} files${b.value.last ? ', last' : ''})`;
    case 'integrityPlan': return `plan ${b.value.syncId}: ${b.value.missing}/${b.value.changed}/${b.value.extra.length}`;
    case 'integrityFetch': return `fetch ${b.value.syncId}`;
    case 'integrityFetched': return `fetched ${b.value.sent} (${b.value.failed.length} failed)`;
    case 'integrityResult': return `result ${b.value.written} written ${b.value.deleted} deleted`;
    case 'integrityChanged': return `changed ${b.value.masterDigest}`;
    case 'integrityAck': return 'integrity ack';
    case 'workerLeaving': return `leaving (${b.value.agentsMoved} moved, ${b.value.agentsClosed} closed)`;
    case 'workerLeft': return 'left';
    case 'moveAgents': return `move ${b.value.count} over ${b.value.spreadMs} ms`;
    case 'moveAgentsAccepted': return `moving ${b.value.count}`;
    case 'replicaStateRequest': return `replica?${b.value.wantDigest ? ' with digest' : ''}`;
    case 'replicaState': return `replica at ${b.value.seq}`;
    case 'replicaUpdate': return `replica ${b.value.mode} to ${b.value.toSeq} (${b.value.agents.length} agents)`;
    default: return assertNever(b);
  }
}

describe('envelope', () => {
  test.each<{ body: Body; text: string }>([
    { body: body('hello', { clusterName: 'warden', nodeName: 'worker-1', nodeType: 'worker', version: '0.1.0', protocolVersion: 1 }), text: 'hello worker-1' },
    { body: body('helloAccepted', { masterName: 'master-1' }), text: 'accepted by master-1' },
    { body: body('notLeader', { reason: 'standby', leaderName: 'master-2', leaderAddress: '10.0.0.2:1516', epoch: 7 }), text: 'not leader; leader master-2 at 10.0.0.2:1516 (epoch 7)' },
    { body: body('notLeader', { reason: 'no leader' }), text: 'not leader; leader ? at ? (epoch 0)' },
    { body: body('error', { code: 'duplicate_name', message: 'x' }), text: 'error duplicate_name' },
    { body: body('keepAlive', { sentAtMs: 1_795_000_000_123 }), text: 'keepalive 1795000000123' },
    { body: body('keepAlive', { sentAtMs: 1, syncState: 'in_sync', acceptingAgents: true }), text: 'keepalive 1' },
    { body: body('registryStateRequest', { masterSeq: 9, masterDigest: 'abc' }), text: 'registry?' },
    { body: body('workerLeaving', { agentsMoved: 40, agentsClosed: 2, reason: 'SIGTERM' }), text: 'leaving (40 moved, 2 closed)' },
    { body: body('workerLeft', {}), text: 'left' },
    { body: body('moveAgents', { count: 12, spreadMs: 5000, reason: 'x' }), text: 'move 12 over 5000 ms' },
    { body: body('moveAgentsAccepted', { count: 12 }), text: 'moving 12' },
    { body: body('replicaStateRequest', { wantDigest: true }), text: 'replica? with digest' },
    { body: body('replicaState', { seq: -1, infoSeq: 3 }), text: 'replica at -1' },
    { body: body('replicaUpdate', { mode: 'delta', toSeq: 9, agents: [{ id: 1, name: 'a', ip: 'any', key: 'k', osName: null, lastKeepalive: 5, groups: ['g'] }], last: true }), text: 'replica delta to 9 (1 agents)' },
    { body: body('keepAliveAck', {}), text: 'ack 0' },
    { body: body('controlRequest', { command: 'nodes', argsJson: '{}' }), text: 'control nodes' },
    { body: body('controlResponse', { resultJson: '[]' }), text: 'result []' },
    { body: body('nodeControlRequest', { node: 'worker-2', command: 'actors', argsJson: '{}', deadlineMs: 5000 }), text: 'control actors on worker-2 within 5000 ms' },
    { body: body('streamOpen', { streamId: 3, kind: 'file', name: 'a', size: 2 ** 40 }), text: 'open 3' },
    { body: body('streamChunk', { streamId: 3, data: Buffer.alloc(5) }), text: 'chunk 5' },
    { body: body('agentInfoBatch', { agents: [{ id: 1, status: 'active', labels: { env: 'prod' }, lastKeepAlive: 1_795_000_000_123 }] }), text: 'agent-info 1' },
    { body: body('agentInfoAck', { applied: 7, dropped: [3] }), text: 'agent-info ack 7' },
    { body: body('registryStateRequest', {}), text: 'registry?' },
    { body: body('registryState', { seq: 42, digest: 'd' }), text: 'registry at 42' },
    { body: body('registryUpdate', { toSeq: 9, upserts: [{ id: 1, name: 'a', ip: 'any', key: 'k', groups: ['g'] }], last: true }), text: 'registry to 9 (1 upserts)' },
    { body: body('streamCredit', { streamId: 3, bytes: 8 * 1024 * 1024 }), text: 'credit 8388608' },
    { body: body('streamEnd', { streamId: 3 }), text: 'end 3' },
    { body: body('streamAbort', { streamId: 3, reason: 'gone' }), text: 'abort gone' },
    { body: body('ping', { payload: Buffer.from('abc') }), text: 'ping 3' },
    { body: { kind: 'pong', value: {} }, text: 'pong 0' },
    { body: body('integrityCheck', { digest: 'd1', folders: { 'etc/rules': 'r' }, files: 3, bytes: 2 ** 40 }), text: 'integrity? d1 (1 folders)' },
    { body: body('integrityStatus', { inSync: false, masterDigest: 'm', ready: true }), text: 'integrity differs' },
    { body: body('integrityTable', { syncId: 4, files: [{ path: 'etc/rules/a.xml', md5: 'x', size: 2, mtimeMs: 1.5, mode: 0o640 }], last: true }), text: 'table 4 (1 files, last)' },
    { body: body('integrityPlan', { syncId: 4, missing: 2, changed: 1, extra: ['etc/lists/old'], conflicts: [{ path: 'etc/shared/g', workerHas: 'folder' }] }), text: 'plan 4: 2/1/1' },
    { body: body('integrityFetch', { syncId: 4 }), text: 'fetch 4' },
    { body: body('integrityFetched', { syncId: 4, sent: 3, failed: ['etc/rules/gone.xml'] }), text: 'fetched 3 (1 failed)' },
    { body: body('integrityResult', { syncId: 4, written: 3, deleted: 1, refused: [], durationMs: 12.5 }), text: 'result 3 written 1 deleted' },
    { body: body('integrityChanged', { masterDigest: 'm2' }), text: 'changed m2' },
    { body: body('integrityAck', {}), text: 'integrity ack' },
  ])('$text survives a round trip with its ids', ({ body: b, text }) => {
    const env = decodeEnvelope(encodeEnvelope(7, 9, b));
    expect(env.id).toBe(7);
    expect(env.replyTo).toBe(9);
    expect(bodyKind(env)).toBe(b.kind);
    expect(describeBody(env)).toBe(text);
  });

  test('64-bit fields decode as plain numbers, defaults included', () => {
    const env = decodeEnvelope(encodeEnvelope(0, 0, body('streamOpen', { streamId: 1, size: 2 ** 52 + 2 })));
    expect(env.body.kind === 'streamOpen' && env.body.value.size).toBe(2 ** 52 + 2);
    const empty = decodeEnvelope(encodeEnvelope(0, 0, body('keepAlive', {})));
    expect(empty.body.kind === 'keepAlive' && typeof empty.body.value.sentAtMs).toBe('number');
  });

  test('BODY_KINDS lists every oneof case of cluster.proto', () => {
    const root = loadSync(path.join(__dirname, '../../protocol/cluster.proto'));
    const oneof = root.lookupType('warden.cluster.Envelope').oneofs.body;
    expect([...BODY_KINDS].sort()).toEqual(oneof.fieldsArray.map((f) => f.name).sort());
  });

  test.each([
    { what: 'an envelope with no body', bytes: Buffer.from([0x08, 0x01]), code: 'unknown_message' },
    { what: 'an unknown field number (a newer message type)', bytes: Buffer.from([0x08, 0x01, 0xfa, 0x3e, 0x01, 0x00]), code: 'unknown_message' },
    { what: 'a truncated length', bytes: Buffer.from([0x52, 0x10, 0x01]), code: 'bad_envelope' },
    { what: 'an invalid wire type', bytes: Buffer.from([0x0f]), code: 'bad_envelope' },
    { what: 'nothing at all', bytes: Buffer.alloc(0), code: 'unknown_message' },
  ])('$what is refused with $code', ({ bytes, code }) => {
    expect(() => decodeEnvelope(bytes)).toThrow(expect.objectContaining({ code }));
  });

  test('property: arbitrary bytes decode to an envelope or a ProtocolError, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const env = decodeEnvelope(bytes);
          expect(BODY_KINDS).toContain(env.body.kind);
          describeBody(env);
        } catch (err) {
          expect(err).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test.each([0, 1, 127, 128, 16_383, 16_384, 1024 * 1024, 4 * 1024 * 1024])(
    'the stream chunk head for %d bytes matches protobufjs',
    (length) => {
      for (const streamId of [0, 1, 127, 128, 2 ** 31 + 1]) {
        const data = Buffer.alloc(length, 0x5a);
        const viaHead = Buffer.concat([encodeStreamChunkHead(streamId, length), data]);
        expect(viaHead.equals(encodeEnvelope(0, 0, body('streamChunk', { streamId, data })))).toBe(true);
      }
    },
  );

  test('assertNever names what was not handled', () => {
    expect(() => assertNever({ kind: 'mystery' } as never)).toThrow(/mystery/);
  });
});
