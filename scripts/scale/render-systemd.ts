// render-systemd.ts: pure; one systemd unit per node of a topology, and the config each unit reads.
// The cluster key reaches the service through LoadCredential=, so the file stays root's and 0600 and
// the node reads it from /run/credentials/<unit>/ (systemd 247 or later).
import { mastersAt, renderNodeConfig } from '../../config/node-config';
import { topologyNodes, type NodeSpec, type Topology } from '../../config/topology';
import type { RenderedFile } from './rendered-file';

export function unitName(node: NodeSpec): string {
  return `warden-${node.name}.service`;
}

/** Ports below 1024 need CAP_NET_BIND_SERVICE; nothing else does. */
function lowPorts(node: NodeSpec): number[] {
  return [node.type === 'master' ? node.clusterPort : 0, node.agentsPort, node.enrollmentPort, node.metricsPort]
    .filter((p) => p > 0 && p < 1024);
}

export function renderSystemdUnit(t: Topology, node: NodeSpec): string {
  const s = t.systemd;
  const unit = unitName(node);
  const config = `${s.configDir}/${node.name}/warden.yaml`;
  const low = lowPorts(node).length > 0;
  return [
    `# ${unit}: Warden ${node.type} ${node.name} of cluster ${t.cluster.name}, for the host at ${node.address}.`,
    `# Rendered by \`warden scale render --format systemd ${t.path}\`. Install: copy this file to /etc/systemd/system/,`,
    `# ${node.name}/warden.yaml to ${config}, the cluster key to ${s.configDir}/cluster.key (root, 0600),`,
    `# create the account (useradd --system --no-create-home --shell /usr/sbin/nologin ${s.user}), then`,
    `# systemctl daemon-reload && systemctl enable --now ${unit}`,
    ...(t.etcd ? etcdNote(t) : []),
    '[Unit]',
    `Description=Warden ${node.type} ${node.name} (cluster ${t.cluster.name})`,
    'After=network-online.target',
    'Wants=network-online.target',
    // A worker on a master's host starts after it; on another host this line does nothing.
    ...(node.type === 'worker' ? t.masters.map((m) => `After=${unitName(m)}`) : []),
    // The same for etcd on this host (Debian's etcd-server package names its unit etcd.service).
    t.etcd ? 'After=etcd.service' : null,
    '',
    '[Service]',
    'Type=simple',
    `User=${s.user}`,
    `Group=${s.user}`,
    `ExecStart=${s.nodePath} ${s.installDir}/dist/scripts/warden.js daemon --config ${config}`,
    `WorkingDirectory=${s.dataRoot}/${node.name}`,
    `StateDirectory=${s.dataRoot.slice('/var/lib/'.length)}/${node.name}`,
    'StateDirectoryMode=0750',
    `LoadCredential=cluster.key:${s.configDir}/cluster.key`,
    'Restart=on-failure',
    'RestartSec=2s',
    // The daemon stops gracefully on SIGTERM within 5 s; a second signal makes it exit at once.
    'KillSignal=SIGTERM',
    `TimeoutStopSec=${s.stopTimeoutSec}s`,
    'LimitNOFILE=65536',
    'UMask=0027',
    'NoNewPrivileges=yes',
    'ProtectSystem=strict',
    'ProtectHome=yes',
    'PrivateTmp=yes',
    'PrivateDevices=yes',
    'ProtectKernelTunables=yes',
    'ProtectKernelModules=yes',
    'ProtectKernelLogs=yes',
    'ProtectControlGroups=yes',
    'ProtectClock=yes',
    'ProtectHostname=yes',
    'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6',
    'RestrictNamespaces=yes',
    'RestrictRealtime=yes',
    'RestrictSUIDSGID=yes',
    'LockPersonality=yes',
    'SystemCallArchitectures=native',
    // No MemoryDenyWriteExecute: V8's JIT needs writable executable memory.
    low ? 'AmbientCapabilities=CAP_NET_BIND_SERVICE' : null,
    `CapabilityBoundingSet=${low ? 'CAP_NET_BIND_SERVICE' : ''}`,
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].filter((l) => l !== null).join('\n');
}

/** The comment lines of a unit whose masters are elected through etcd: who brings etcd. */
function etcdNote(t: Topology): string[] {
  return [
    `# The ${t.masters.length} master(s) (${t.masters.map((m) => m.name).join(', ')}) elect their leader through etcd at ${t.etcd!.endpoints.join(', ')}:`,
    '# etcd is not part of this render; run it yourself (three members in production, one is enough to try).',
  ];
}

/** The config a unit reads: key from the unit's credential, data in its StateDirectory. */
export function renderSystemdConfig(t: Topology, node: NodeSpec): string {
  const s = t.systemd;
  return renderNodeConfig(t, node, {
    dataDir: `${s.dataRoot}/${node.name}`,
    key: { file: `/run/credentials/${unitName(node)}/cluster.key` },
    masters: mastersAt(t),
    bindAddr: node.bindAddr,
    metricsBindAddr: node.bindAddr,
    header: [
      `Node ${node.name} (${node.type}) of cluster ${t.cluster.name}, for ${unitName(node)} on the host at ${node.address}:`,
      `install as ${s.configDir}/${node.name}/warden.yaml. Rendered by \`warden scale render --format systemd ${t.path}\`.`,
    ],
  });
}

/** Every unit, then every config (as <name>/warden.yaml). */
export function renderSystemd(t: Topology): RenderedFile[] {
  const nodes = topologyNodes(t);
  return [
    ...nodes.map((n) => ({ path: unitName(n), content: renderSystemdUnit(t, n) })),
    ...nodes.map((n) => ({ path: `${n.name}/warden.yaml`, content: renderSystemdConfig(t, n) })),
  ];
}
