// The supervisor of one cluster connection, on either side: spawns the connection's loop actors,
// routes the peer's requests to them, and reports the socket's end. A loop past its restart budget
// closes the connection (the worker then dials again); stopping it stops the loops first.
import { ActorHandle, ActorSpec } from '../supervision/actor';
import { Peer } from '../../protocol/peer';
import { Body, Envelope } from '../../protocol/envelope';
import { TaskLog } from '../../log/cluster-log';
import { serveRequests } from './serve-requests';

export type ConnectionMsg = { type: 'closed'; reason: string };

export interface ConnectionDeps<L> {
  name: string;
  kind: string;
  peer: Peer;
  log: TaskLog;
  /** Who closed the socket when it closed without an error: "the worker" or "the master". */
  otherSide: string;
  summary: () => string;
  /** Spawns the loop actors (at every start of the supervisor) and returns them for `handle`. */
  spawnLoops: (self: ActorHandle<ConnectionMsg>) => L;
  /** Answers one request of the other side. */
  handle: (env: Envelope, loops: L) => Promise<Body>;
  onClosed: (reason: string) => void;
}

interface State {
  detach: () => void;
}

export function connectionSupervisorSpec<L>(d: ConnectionDeps<L>): ActorSpec<State, ConnectionMsg> {
  return {
    name: d.name,
    kind: d.kind,
    summary: d.summary,
    init: (self) => {
      const loops = d.spawnLoops(self);
      const stopServing = serveRequests(d.peer, (env) => d.handle(env, loops));
      const onClose = (err?: Error) => self.tell({ type: 'closed', reason: err ? err.message : `closed by ${d.otherSide}` });
      d.peer.once('close', onClose);
      return { detach: () => { stopServing(); d.peer.off('close', onClose); } };
    },
    onChildFailed: (child, err) => {
      d.log.error(`Closing the connection: ${child.name} failed`, err);
      d.peer.close(err);
    },
    receive: (s, m) => {
      switch (m.type) {
        case 'closed':
          d.onClosed(m.reason);
          return s;
      }
    },
    onStop: (s) => {
      s.detach();
      d.peer.close();
    },
  };
}
