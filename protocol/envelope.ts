// Envelope <-> bytes, with the oneof body as a discriminated union so that dispatch is an exhaustive switch:
//   switch (env.body.kind) { case 'keepAlive': return onKeepAlive(env.body.value); ... default: return assertNever(env.body); }
import { Writer } from 'protobufjs/minimal';
import { ProtocolError } from './errors';
import { warden } from './generated/cluster';
import pb = warden.cluster;

/** The oneof case names, straight from the generated code. */
export type BodyKind = NonNullable<pb.Envelope['body']>;

/** The message class of each case: what a decoded body holds (every field present, defaults filled in). */
const CASE_TYPES = {
  hello: pb.Hello,
  helloAccepted: pb.HelloAccepted,
  error: pb.ErrorReply,
  keepAlive: pb.KeepAlive,
  keepAliveAck: pb.KeepAliveAck,
  controlRequest: pb.ControlRequest,
  controlResponse: pb.ControlResponse,
  nodeControlRequest: pb.NodeControlRequest,
  notLeader: pb.NotLeader,
  streamOpen: pb.StreamOpen,
  streamChunk: pb.StreamChunk,
  streamCredit: pb.StreamCredit,
  streamEnd: pb.StreamEnd,
  streamAbort: pb.StreamAbort,
  ping: pb.Ping,
  pong: pb.Pong,
  agentInfoBatch: pb.AgentInfoBatch,
  agentInfoAck: pb.AgentInfoAck,
  registryStateRequest: pb.RegistryStateRequest,
  registryState: pb.RegistryState,
  registryUpdate: pb.RegistryUpdate,
  integrityCheck: pb.IntegrityCheck,
  integrityStatus: pb.IntegrityStatus,
  integrityTable: pb.IntegrityTable,
  integrityPlan: pb.IntegrityPlan,
  integrityFetch: pb.IntegrityFetch,
  integrityFetched: pb.IntegrityFetched,
  integrityResult: pb.IntegrityResult,
  integrityChanged: pb.IntegrityChanged,
  integrityAck: pb.IntegrityAck,
  workerLeaving: pb.WorkerLeaving,
  workerLeft: pb.WorkerLeft,
  moveAgents: pb.MoveAgents,
  moveAgentsAccepted: pb.MoveAgentsAccepted,
  replicaStateRequest: pb.ReplicaStateRequest,
  replicaState: pb.ReplicaState,
  replicaUpdate: pb.ReplicaUpdate,
} satisfies { [K in BodyKind]: unknown };

// A compile error here means cluster.proto gained or lost a oneof case that CASE_TYPES does not list.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const casesMatch: Exact<keyof typeof CASE_TYPES, BodyKind> = true;
void casesMatch;

type ReceivedMap = { [K in BodyKind]: InstanceType<(typeof CASE_TYPES)[K]> };
/** What each case takes when sent: fields optional, as protobuf allows. */
type SendMap = { [K in BodyKind]: NonNullable<pb.Envelope.$Properties[K]> };

export type BodyOf<M> = { [K in keyof M]: { kind: K; value: M[K] } }[keyof M];
/** A body to send, e.g. `{ kind: 'keepAlive', value: { sentAtMs: now } }` or `body('keepAlive', { sentAtMs: now })`. */
export type Body = BodyOf<SendMap>;
/** A decoded body: `value` has every field of its message present. */
export type ReceivedBody = BodyOf<ReceivedMap>;
/** The decoded value of one case, e.g. `BodyValue<'hello'>`. */
export type BodyValue<K extends BodyKind> = ReceivedMap[K];
/** The value a case takes when sent, e.g. `BodyInput<'hello'>`. */
export type BodyInput<K extends BodyKind> = SendMap[K];

export interface Envelope {
  /** Sender-local request id; 0 for a one-way message. */
  id: number;
  /** The id of the request this answers; 0 when not a reply. */
  replyTo: number;
  body: ReceivedBody;
}

export const BODY_KINDS = Object.keys(CASE_TYPES) as BodyKind[];
const KIND_SET: ReadonlySet<string> = new Set(BODY_KINDS);

/** Ends an exhaustive switch: compiles only when every case is handled. */
export function assertNever(value: never, what = 'message'): never {
  const kind = (value as { kind?: unknown } | null)?.kind ?? value;
  throw new ProtocolError('unknown_message', `unhandled ${what}: ${String(kind)}`);
}

/** The oneof case name of a decoded envelope. */
export function bodyKind(env: Envelope): BodyKind {
  return env.body.kind;
}

/** Builds a body to send with the value typed by its case. */
export function body<K extends BodyKind>(kind: K, value: SendMap[K]): Body {
  return { kind, value } as Body;
}

export function encodeEnvelope(id: number, replyTo: number, content: Body): Buffer {
  if (!KIND_SET.has(content.kind)) throw new ProtocolError('unknown_message', `cannot send unknown message ${String(content.kind)}`);
  const message: Record<string, unknown> = {};
  message[content.kind] = content.value;
  const writer = Writer.create();
  if (id !== 0) writer.uint32(8).uint32(id); // field 1, varint
  if (replyTo !== 0) writer.uint32(16).uint32(replyTo); // field 2, varint
  pb.Envelope.encode(message as pb.Envelope.$Properties, writer);
  return writer.finish() as Buffer;
}

/** Never throws anything but ProtocolError: 'bad_envelope' for malformed bytes, 'unknown_message' for no known body. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  let message: pb.Envelope;
  try {
    message = pb.Envelope.decode(bytes);
  } catch (err) {
    throw new ProtocolError('bad_envelope', `malformed envelope: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const kind = message.body;
  if (kind === undefined || !KIND_SET.has(kind)) {
    const detail = message.$unknowns?.length ? 'an unknown message type' : 'no body';
    throw new ProtocolError('unknown_message', `envelope ${message.id} carries ${detail}`);
  }
  return { id: message.id, replyTo: message.replyTo, body: { kind, value: message[kind] } as ReceivedBody };
}

// ---- Hand-encoded stream chunks: the payload is sealed in two parts so a 1 MiB chunk is never copied ----

const ENVELOPE_STREAM_CHUNK_TAG = [0xaa, 0x01]; // field 21, wire type 2
const CHUNK_STREAM_ID_TAG = 0x08; // field 1, varint
const CHUNK_DATA_TAG = 0x12; // field 2, length-delimited

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function writeVarint(buf: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    buf[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[at++] = n;
  return at;
}

/**
 * The bytes of `Envelope{stream_chunk: {stream_id, data}}` that precede `data`: encodeEnvelope's output equals
 * head || data. Envelope id and reply_to are 0, so absent.
 */
export function encodeStreamChunkHead(streamId: number, dataLength: number): Buffer {
  const idPart = streamId === 0 ? 0 : 1 + varintSize(streamId);
  const dataPart = dataLength === 0 ? 0 : 1 + varintSize(dataLength);
  const inner = idPart + dataPart + dataLength;
  const head = Buffer.allocUnsafe(2 + varintSize(inner) + idPart + dataPart);
  head[0] = ENVELOPE_STREAM_CHUNK_TAG[0];
  head[1] = ENVELOPE_STREAM_CHUNK_TAG[1];
  let at = writeVarint(head, 2, inner);
  if (idPart > 0) {
    head[at++] = CHUNK_STREAM_ID_TAG;
    at = writeVarint(head, at, streamId);
  }
  if (dataPart > 0) {
    head[at++] = CHUNK_DATA_TAG;
    writeVarint(head, at, dataLength);
  }
  return head;
}
