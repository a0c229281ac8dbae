// render-kubernetes.ts: pure; Kubernetes objects for a topology. The master is a StatefulSet of one
// behind a headless Service (a stable address for the workers to dial) with a PersistentVolumeClaim;
// the workers are a StatefulSet (stable node names: <prefix>-worker-N) that a HorizontalPodAutoscaler
// grows; agents reach the workers through one Service. The key is a Secret mounted as key_file.
//
// In Kubernetes every worker pod shares one config (the topology's first worker: its ports and
// overrides); each pod takes its own pod name as node name (`daemon --node-name $(POD_NAME)`).
//
// Masters elected through etcd (`etcd` in the topology, issue 14): the master StatefulSet has one replica per master,
// sharing the first master's config the same way (node name = pod name); the headless Service gives each
// pod a stable name, <prefix>-master-<i>.<prefix>-master, which every config's cluster.nodes lists. A
// master publishes in etcd the address workers and standbys dial to reach the leader: its pod IP
// (`daemon --advertise-addr $(POD_IP)`), reachable from every pod whatever the length of its names. etcd
// itself is the operator's: the manifests only name its endpoints (a comment in the master ConfigMap says so).
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import { hostPort, renderNodeConfig } from '../../config/node-config';
import type { NodeSpec, Topology } from '../../config/topology';
import type { RenderedFile } from './rendered-file';

export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; [k: string]: unknown }; [k: string]: unknown };

/** Paths inside the image and the pods (see the Dockerfile). */
export const POD = {
  cli: '/opt/warden/dist/scripts/warden.js',
  configDir: '/etc/warden',
  config: '/etc/warden/warden.yaml',
  keyDir: '/run/secrets/warden',
  keyFile: '/run/secrets/warden/cluster.key',
  dataDir: '/var/lib/warden',
  uid: 10001,
} as const;

type Role = 'master' | 'worker';

export function objectNames(t: Topology): Record<'secret' | 'masterConfig' | 'workerConfig' | 'master' | 'worker' | 'agents', string> {
  const p = t.kubernetes.namePrefix;
  return {
    secret: `${p}-key`, masterConfig: `${p}-master-config`, workerConfig: `${p}-worker-config`,
    master: `${p}-master`, worker: `${p}-worker`, agents: `${p}-agents`,
  };
}

function labels(t: Topology, role?: Role): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'warden',
    'app.kubernetes.io/instance': t.kubernetes.namePrefix,
    ...(role ? { 'app.kubernetes.io/component': role } : {}),
  };
}

function meta(t: Topology, name: string, role?: Role): K8sObject['metadata'] {
  return {
    name,
    ...(t.kubernetes.namespace ? { namespace: t.kubernetes.namespace } : {}),
    labels: { ...labels(t, role), 'app.kubernetes.io/managed-by': 'warden-scale' },
  };
}

/** Masters elected through etcd (several, or one that more may join): a pod each, named by the pod. */
function electedMasters(t: Topology): boolean {
  return t.etcd !== null;
}

/** Whether pods of this node's role share one config and take their pod name as node name. */
function namedByPod(t: Topology, node: NodeSpec): boolean {
  return node.type === 'worker' || electedMasters(t);
}

/** cluster.nodes in the pods: the master Service's name, or with etcd each master pod's stable name. */
export function podMasters(t: Topology): string[] {
  const service = objectNames(t).master;
  if (!electedMasters(t)) return [hostPort(service, t.master.clusterPort)];
  return t.masters.map((_, i) => hostPort(`${service}-${i}.${service}`, t.master.clusterPort));
}

/** The config a pod of `node`'s role reads; a worker's (or an elected master's) node name is its pod's. */
export function podConfig(t: Topology, node: NodeSpec): string {
  const names = objectNames(t);
  const byPod = namedByPod(t, node);
  return renderNodeConfig(t, byPod ? { ...node, name: node.type === 'worker' ? names.worker : names.master } : node, {
    dataDir: POD.dataDir,
    key: { file: POD.keyFile },
    masters: podMasters(t),
    bindAddr: '0.0.0.0',
    metricsBindAddr: '0.0.0.0',
    header: [
      `Warden ${node.type} config of cluster ${t.cluster.name} in Kubernetes: rendered by \`warden scale render --format kubernetes ${t.path}\`.`,
      ...(byPod ? [`Each ${node.type} pod runs with --node-name set to its pod name, which replaces node_name below.`] : []),
    ],
  });
}

function containerPorts(node: NodeSpec): { name: string; containerPort: number; protocol: 'TCP' }[] {
  const ports = [
    ...(node.type === 'master' ? [{ name: 'cluster', containerPort: node.clusterPort }] : []),
    { name: 'agents', containerPort: node.agentsPort },
    { name: 'enrollment', containerPort: node.enrollmentPort },
    ...(node.metricsPort > 0 ? [{ name: 'metrics', containerPort: node.metricsPort }] : []),
  ];
  return ports.map((p) => ({ ...p, protocol: 'TCP' as const }));
}

function container(t: Topology, node: NodeSpec): Record<string, unknown> {
  const r = t.kubernetes.resources;
  const worker = node.type === 'worker';
  const byPod = namedByPod(t, node);
  // A worker's `control health` is answered by the master; `actors` is answered by the worker itself,
  // so a worker whose master is away is not restarted for it. The same holds for a standby master (its
  // `health` is the leader's), and under etcd any master may be a standby.
  const liveness = worker || electedMasters(t) ? 'actors' : 'health';
  // An elected master publishes where it is reached in etcd: its pod IP.
  const advertised = !worker && electedMasters(t);
  return {
    name: 'warden',
    image: t.kubernetes.image,
    imagePullPolicy: 'IfNotPresent',
    args: ['daemon', '--config', POD.config, ...(byPod ? ['--node-name', '$(POD_NAME)'] : []), ...(advertised ? ['--advertise-addr', '$(POD_IP)'] : [])],
    ...(byPod || advertised ? {
      env: [
        ...(byPod ? [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] : []),
        ...(advertised ? [{ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }] : []),
      ],
    } : {}),
    ports: containerPorts(node),
    volumeMounts: [
      { name: 'config', mountPath: POD.configDir, readOnly: true },
      { name: 'key', mountPath: POD.keyDir, readOnly: true },
      { name: 'data', mountPath: POD.dataDir },
      { name: 'tmp', mountPath: '/tmp' },
    ],
    startupProbe: { tcpSocket: { port: worker ? 'agents' : 'cluster' }, periodSeconds: 2, failureThreshold: 60 },
    readinessProbe: { tcpSocket: { port: worker ? 'agents' : 'cluster' }, periodSeconds: 5, failureThreshold: 3 },
    livenessProbe: {
      exec: { command: ['node', POD.cli, 'control', '--config', POD.config, liveness] },
      periodSeconds: 30, timeoutSeconds: 10, failureThreshold: 3,
    },
    resources: {
      requests: { cpu: r.cpuRequest, memory: r.memoryRequest },
      limits: { memory: r.memoryLimit, ...(r.cpuLimit ? { cpu: r.cpuLimit } : {}) },
    },
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
  };
}

function podTemplate(t: Topology, node: NodeSpec, configMap: string, config: string, dataVolume: object[]): Record<string, unknown> {
  const role = node.type;
  const haMasters = role === 'master' && electedMasters(t);
  return {
    metadata: {
      labels: labels(t, role),
      annotations: {
        // kubectl apply of a changed config rolls the pods.
        'warden/config-sha256': createHash('sha256').update(config).digest('hex'),
        ...(node.metricsPort > 0 ? { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(node.metricsPort), 'prometheus.io/path': '/metrics' } : {}),
      },
    },
    spec: {
      securityContext: {
        runAsNonRoot: true, runAsUser: POD.uid, runAsGroup: POD.uid, fsGroup: POD.uid,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      // The daemon stops gracefully within 5 s of SIGTERM.
      terminationGracePeriodSeconds: 15,
      ...(haMasters ? {
        // Masters on different machines where the scheduler can: one machine lost must not take them all.
        affinity: {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [{
              weight: 100,
              podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels(t, 'master') } },
            }],
          },
        },
      } : {}),
      containers: [container(t, node)],
      volumes: [
        { name: 'config', configMap: { name: configMap } },
        // Group-readable for the pod's fsGroup (the owner is root in a Secret volume).
        { name: 'key', secret: { secretName: objectNames(t).secret, defaultMode: 0o440 } },
        { name: 'tmp', emptyDir: {} },
        ...dataVolume,
      ],
    },
  };
}

function servicePorts(node: NodeSpec, names: readonly string[]): { name: string; port: number; targetPort: string; protocol: 'TCP' }[] {
  return containerPorts(node).filter((p) => names.includes(p.name)).map((p) => ({ name: p.name, port: p.containerPort, targetPort: p.name, protocol: 'TCP' }));
}

export function renderKubernetesObjects(t: Topology, key: string): K8sObject[] {
  const names = objectNames(t);
  const k = t.kubernetes;
  const masterConfig = podConfig(t, t.master);
  const objects: K8sObject[] = [
    { apiVersion: 'v1', kind: 'Secret', metadata: meta(t, names.secret), type: 'Opaque', data: { 'cluster.key': Buffer.from(`${key}\n`).toString('base64') } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(t, names.masterConfig, 'master'), data: { 'warden.yaml': masterConfig } },
    {
      apiVersion: 'v1', kind: 'Service', metadata: meta(t, names.master, 'master'),
      spec: { clusterIP: 'None', publishNotReadyAddresses: true, selector: labels(t, 'master'), ports: servicePorts(t.master, ['cluster', 'agents', 'enrollment']) },
    },
    {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta(t, names.master, 'master'),
      spec: {
        serviceName: names.master, replicas: t.masters.length,
        // The masters start together and elect their leader; none waits for another to be ready.
        ...(electedMasters(t) ? { podManagementPolicy: 'Parallel' } : {}),
        selector: { matchLabels: labels(t, 'master') },
        template: podTemplate(t, t.master, names.masterConfig, masterConfig, []),
        volumeClaimTemplates: [{
          metadata: { name: 'data', labels: labels(t, 'master') },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: k.storage } }, ...(k.storageClass ? { storageClassName: k.storageClass } : {}) },
        }],
      },
    },
  ];
  const first = t.workers[0];
  if (!first) return objects;
  const workerConfig = podConfig(t, first);
  objects.push(
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(t, names.workerConfig, 'worker'), data: { 'warden.yaml': workerConfig } },
    {
      apiVersion: 'v1', kind: 'Service', metadata: meta(t, names.worker, 'worker'),
      spec: { clusterIP: 'None', selector: labels(t, 'worker'), ports: servicePorts(first, ['agents']) },
    },
    {
      apiVersion: 'v1', kind: 'Service', metadata: meta(t, names.agents, 'worker'),
      spec: { type: k.serviceType, selector: labels(t, 'worker'), ports: servicePorts(first, ['agents', 'enrollment']) },
    },
    {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta(t, names.worker, 'worker'),
      spec: {
        serviceName: names.worker, replicas: t.workers.length, podManagementPolicy: 'Parallel',
        selector: { matchLabels: labels(t, 'worker') },
        // A worker's files and registry are copies of the master's: an emptyDir is enough.
        template: podTemplate(t, first, names.workerConfig, workerConfig, [{ name: 'data', emptyDir: {} }]),
      },
    },
    {
      apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta(t, names.worker, 'worker'),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: names.worker },
        minReplicas: t.workers.length, maxReplicas: k.maxWorkers,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: k.targetCpuPercent } } }],
        // Workers leave one at a time, so their agents find the others (as `scale apply` removes them).
        behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] } },
      },
    },
  );
  return objects;
}

/** Comment lines above an object: the master ConfigMap of an etcd topology says who brings etcd. */
function commentOf(t: Topology, o: K8sObject): string {
  if (!t.etcd || o.kind !== 'ConfigMap' || o.metadata.name !== objectNames(t).masterConfig) return '';
  return [
    `# The ${t.masters.length} master(s) elect their leader through etcd at ${t.etcd.endpoints.join(', ')} (cluster.etcd below).`,
    '# etcd is not part of these manifests: the operator runs it (three members in production, one is enough',
    '# to try) where the pods reach those endpoints, before applying these.',
  ].map((l) => `${l}\n`).join('');
}

/** One YAML stream on stdout; with --out, one file per object. */
export function renderKubernetes(t: Topology, key: string): RenderedFile[] {
  return renderKubernetesObjects(t, key).map((o, i) => ({
    path: `${String(i + 1).padStart(2, '0')}-${o.kind.toLowerCase()}-${o.metadata.name}.yaml`,
    content: commentOf(t, o) + YAML.stringify(o, { lineWidth: 0 }),
    ...(o.kind === 'Secret' ? { secret: true } : {}),
  }));
}

export function kubernetesStream(files: readonly RenderedFile[]): string {
  return files.map((f) => `---\n# ${f.path}\n${f.content}`).join('');
}
