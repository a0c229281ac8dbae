// Pure: may this worker join? The refusals of Wazuh's handshake (WAZUH.md), as stable codes.

export const NODE_NAME_RE = /^[A-Za-z0-9_-]+$/;

export interface HelloFields {
  clusterName: string;
  nodeName: string;
  nodeType: string;
  version: string;
  protocolVersion: number;
}

export interface MasterIdentity {
  clusterName: string;
  nodeName: string;
  protocolVersion: number;
  /** An elected leader (cluster.etcd) takes other masters as its standbys; a single master takes workers only. */
  takesStandbys: boolean;
}

export type HelloVerdict =
  | { ok: true }
  | { ok: false; code: 'bad_name' | 'own_name' | 'wrong_cluster' | 'bad_version' | 'bad_type'; message: string };

/** Everything but the duplicate check, which needs the live connections (see WorkerConnections). */
export function checkHello(h: HelloFields, master: MasterIdentity): HelloVerdict {
  if (!NODE_NAME_RE.test(h.nodeName) || h.nodeName.length > 128) {
    return { ok: false, code: 'bad_name', message: `invalid node name ${JSON.stringify(h.nodeName)}: use letters, digits, '_' and '-' (1-128)` };
  }
  if (h.nodeName === master.nodeName) {
    return { ok: false, code: 'own_name', message: `node name ${h.nodeName} is the master's own name` };
  }
  if (h.clusterName !== master.clusterName) {
    return { ok: false, code: 'wrong_cluster', message: `cluster name ${JSON.stringify(h.clusterName)} is not this cluster's (${master.clusterName})` };
  }
  if (h.protocolVersion !== master.protocolVersion) {
    return { ok: false, code: 'bad_version', message: `incompatible version: worker speaks protocol ${h.protocolVersion} (${h.version}), master speaks ${master.protocolVersion}` };
  }
  if (h.nodeType === 'master' && !master.takesStandbys) {
    return { ok: false, code: 'bad_type', message: 'a master can follow this master as its standby only when both run with cluster.etcd (high availability); otherwise only workers can join' };
  }
  if (h.nodeType !== 'worker' && h.nodeType !== 'master') {
    return { ok: false, code: 'bad_type', message: `node type ${JSON.stringify(h.nodeType)} cannot join a master: only workers (and standby masters) can` };
  }
  return { ok: true };
}
