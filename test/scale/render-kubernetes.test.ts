// `scale render --format kubernetes`: every object parses, passes the Kubernetes API schema (the
// kubernetes-models package), and holds what the topology asked for.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { parseConfigText } from '../../config/loader';
import { validateTopology, type Topology } from '../../config/topology';
import { kubernetesStream, POD, renderKubernetes } from '../../scripts/scale/render-kubernetes';
import { writeRenderedFiles } from '../../scripts/scale/rendered-file';

const KEY = 'urKSn06VDUeBgvUlaXPArFttggDrgDj9';

function topology(extra: Record<string, unknown> = {}): Topology {
  const r = validateTopology({
    cluster: { name: 'Prod_EU', key_file: './cluster.key' },
    master: { name: 'master', address: '127.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
    workers: { count: 3, name: 'worker-{n}', address: '127.0.0.1', agents_port_base: 11514 },
    ...extra,
  }, { topologyPath: '/srv/topo.yaml' });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.topology;
}

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [k: string]: any };

/** Renders to the YAML stream, as printed, and parses it back document by document. */
function rendered(t: Topology): Obj[] {
  const docs = YAML.parseAllDocuments(kubernetesStream(renderKubernetes(t, KEY)));
  for (const d of docs) expect(d.errors).toEqual([]);
  return docs.map((d) => d.toJS() as Obj).filter((o) => o !== null);
}

const MODELS: Record<string, new (o: any) => { validate(): void }> = {
  'v1/Secret': Secret, 'v1/ConfigMap': ConfigMap, 'v1/Service': Service,
  'apps/v1/StatefulSet': StatefulSet, 'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};

function find(objects: Obj[], kind: string, name: string): Obj {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name} among ${objects.map((x) => `${x.kind}/${x.metadata.name}`).join(', ')}`);
  return o;
}

describe('renderKubernetes', () => {
  const t = topology({ kubernetes: { service_type: 'NodePort', max_workers: 10, storage: '5Gi', storage_class: 'fast-ssd', namespace: 'security', image: 'registry.example.org/warden:1.2.3' } });
  const objects = rendered(t);

  test('every object is valid against the Kubernetes API schema', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Secret/prod-eu-key', 'ConfigMap/prod-eu-master-config', 'Service/prod-eu-master', 'StatefulSet/prod-eu-master',
      'ConfigMap/prod-eu-worker-config', 'Service/prod-eu-worker', 'Service/prod-eu-agents', 'StatefulSet/prod-eu-worker',
      'HorizontalPodAutoscaler/prod-eu-worker',
    ]);
    for (const o of objects) {
      const Model = MODELS[`${o.apiVersion}/${o.kind}`];
      expect(Model).toBeDefined();
      expect(() => new Model(o).validate()).not.toThrow();
      expect(o.metadata.namespace).toBe('security');
    }
  });

  test('the validator does refuse a broken object (so the test above can fail)', () => {
    const sts = structuredClone(find(objects, 'StatefulSet', 'prod-eu-master'));
    sts.spec.template.spec.containers[0].ports[0].containerPort = 'cluster';
    expect(() => new StatefulSet(sts as any).validate()).toThrow(/containerPort/);
  });

  test('the key is a Secret, mounted as key_file, and in no ConfigMap', () => {
    const secret = find(objects, 'Secret', 'prod-eu-key');
    expect(Buffer.from(secret.data['cluster.key'], 'base64').toString().trim()).toBe(KEY);
    for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) expect(JSON.stringify(cm)).not.toContain(KEY);
    for (const name of ['prod-eu-master', 'prod-eu-worker']) {
      const pod = find(objects, 'StatefulSet', name).spec.template.spec;
      const keyVolume = pod.volumes.find((v: any) => v.secret);
      expect(keyVolume.secret.secretName).toBe('prod-eu-key');
      const mount = pod.containers[0].volumeMounts.find((m: any) => m.name === keyVolume.name);
      expect(`${mount.mountPath}/cluster.key`).toBe(POD.keyFile);
    }
  });

  test('the master: a StatefulSet of one behind a headless Service, with a PersistentVolumeClaim', () => {
    const sts = find(objects, 'StatefulSet', 'prod-eu-master');
    const svc = find(objects, 'Service', 'prod-eu-master');
    expect(sts.spec.replicas).toBe(1);
    expect(sts.spec.serviceName).toBe(svc.metadata.name);
    expect(svc.spec.clusterIP).toBe('None');
    expect(svc.spec.selector).toEqual(sts.spec.selector.matchLabels);
    expect(svc.spec.ports.map((p: any) => [p.name, p.port])).toEqual([['cluster', 1516], ['agents', 1514], ['enrollment', 1515]]);
    const claim = sts.spec.volumeClaimTemplates[0];
    expect(claim.spec).toMatchObject({ resources: { requests: { storage: '5Gi' } }, storageClassName: 'fast-ssd', accessModes: ['ReadWriteOnce'] });
    const c = sts.spec.template.spec.containers[0];
    expect(c.image).toBe('registry.example.org/warden:1.2.3');
    expect(c.volumeMounts.find((m: any) => m.name === claim.metadata.name).mountPath).toBe(POD.dataDir);
    expect(c.readinessProbe.tcpSocket.port).toBe('cluster');
    expect(c.livenessProbe.exec.command).toEqual(['node', POD.cli, 'control', '--config', POD.config, 'health']);
    expect(sts.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: POD.uid });
    expect(c.resources.requests).toEqual({ cpu: '250m', memory: '256Mi' });
  });

  test('the workers: a StatefulSet of the topology\'s count, grown by an autoscaling/v2 HPA, one node name per pod', () => {
    const sts = find(objects, 'StatefulSet', 'prod-eu-worker');
    const hpa = find(objects, 'HorizontalPodAutoscaler', 'prod-eu-worker');
    expect(sts.spec.replicas).toBe(3);
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'prod-eu-worker' });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([3, 10]);
    expect(hpa.spec.metrics[0].resource).toMatchObject({ name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } });
    const c = sts.spec.template.spec.containers[0];
    expect(c.args).toEqual(['daemon', '--config', POD.config, '--node-name', '$(POD_NAME)']);
    expect(c.env).toEqual([{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]);
    expect(c.ports.map((p: any) => [p.name, p.containerPort])).toEqual([['agents', 11514], ['enrollment', 11515]]);
    expect(c.livenessProbe.exec.command.at(-1)).toBe('actors'); // answered by the worker itself
    expect(c.resources.requests.cpu).toBeDefined(); // the HPA's utilisation needs a request
  });

  test('agents reach the workers through one Service of the configured type', () => {
    const svc = find(objects, 'Service', 'prod-eu-agents');
    expect(svc.spec.type).toBe('NodePort');
    expect(svc.spec.selector).toEqual(find(objects, 'StatefulSet', 'prod-eu-worker').spec.selector.matchLabels);
    expect(svc.spec.ports.map((p: any) => [p.name, p.port, p.targetPort])).toEqual([['agents', 11514, 'agents'], ['enrollment', 11515, 'enrollment']]);
  });

  test('each ConfigMap holds a config the real loader accepts; workers dial the master\'s Service', () => {
    for (const [cm, type] of [['prod-eu-master-config', 'master'], ['prod-eu-worker-config', 'worker']] as const) {
      const text = find(objects, 'ConfigMap', cm).data['warden.yaml'];
      const r = parseConfigText(text, { configPath: POD.config, readFile: (p) => (p === POD.keyFile ? KEY : '') });
      if (!r.ok) throw new Error(r.problems.join('\n'));
      expect(r.config.cluster.nodeType).toBe(type);
      expect(r.config.cluster.name).toBe('Prod_EU');
      if (type === 'worker') expect(r.config.cluster.nodes).toEqual(['prod-eu-master:1516']);
    }
  });

  test('a metrics port opens a container port and scrape annotations', () => {
    const objs = rendered(topology({ config: { metrics_port_base: 9100 } }));
    const sts = find(objs, 'StatefulSet', 'prod-eu-worker');
    expect(sts.spec.template.metadata.annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9101' });
    expect(sts.spec.template.spec.containers[0].ports.map((p: any) => p.name)).toContain('metrics');
    for (const o of objs) expect(() => new MODELS[`${o.apiVersion}/${o.kind}`](o).validate()).not.toThrow();
  });

  test('defaults: a LoadBalancer, no namespace, the image warden:<version>; a master alone renders no worker objects', () => {
    const objs = rendered(topology({ workers: { count: 0, agents_port_base: 11514 } }));
    expect(objs.map((o) => o.kind)).toEqual(['Secret', 'ConfigMap', 'Service', 'StatefulSet']);
    expect(objs[0].metadata.namespace).toBeUndefined();
    expect(find(objs, 'StatefulSet', 'prod-eu-master').spec.template.spec.containers[0].image).toMatch(/^warden:\d+\.\d+\.\d+/);
    expect(find(rendered(topology()), 'Service', 'prod-eu-agents').spec.type).toBe('LoadBalancer');
  });
});

test('--out writes one file per object; the Secret\'s file is 0600, the others are not secret', () => {
  const out = mkdtempSync(join(tmpdir(), 'warden-render-'));
  try {
    writeRenderedFiles(out, renderKubernetes(topology(), KEY));
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(9);
    for (const f of files) expect([f, statSync(join(out, f)).mode & 0o777]).toEqual([f, f.includes('-secret-') ? 0o600 : 0o644]);
    expect(() => writeRenderedFiles(out, [{ path: '../escape.yaml', content: '' }])).toThrow(/outside/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

describe('renderKubernetes: two masters elected through etcd', () => {
  const t = topology({
    master: [
      { name: 'master-a', address: '127.0.0.1', port: 1516, agents_port: 1514, enrollment_port: 1515 },
      { name: 'master-b', address: '127.0.0.1', port: 2516, agents_port: 2514, enrollment_port: 2515 },
    ],
    etcd: { endpoints: ['etcd-0.etcd.infra.svc:2379', 'etcd-1.etcd.infra.svc:2379'], lease_ttl: '5s' },
    kubernetes: { namespace: 'security' },
  });
  const files = renderKubernetes(t, KEY);
  const objects = rendered(t);

  test('the same objects as with one master, each valid against the Kubernetes API schema', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Secret/prod-eu-key', 'ConfigMap/prod-eu-master-config', 'Service/prod-eu-master', 'StatefulSet/prod-eu-master',
      'ConfigMap/prod-eu-worker-config', 'Service/prod-eu-worker', 'Service/prod-eu-agents', 'StatefulSet/prod-eu-worker',
      'HorizontalPodAutoscaler/prod-eu-worker',
    ]);
    for (const o of objects) expect(() => new MODELS[`${o.apiVersion}/${o.kind}`](o).validate()).not.toThrow();
  });

  test('the masters: a StatefulSet of two behind the headless Service, each pod named by itself, started together', () => {
    const sts = find(objects, 'StatefulSet', 'prod-eu-master');
    const svc = find(objects, 'Service', 'prod-eu-master');
    expect(sts.spec.replicas).toBe(2);
    expect(sts.spec.podManagementPolicy).toBe('Parallel');
    expect([sts.spec.serviceName, svc.spec.clusterIP, svc.spec.publishNotReadyAddresses]).toEqual(['prod-eu-master', 'None', true]);
    expect(sts.spec.volumeClaimTemplates).toHaveLength(1); // one claim per pod
    const pod = sts.spec.template.spec;
    // The address a master publishes in etcd is its pod IP, reachable from every pod.
    expect(pod.setHostnameAsFQDN).toBeUndefined();
    expect(pod.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm).toEqual({
      topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: sts.spec.selector.matchLabels },
    });
    const c = pod.containers[0];
    expect(c.args).toEqual(['daemon', '--config', POD.config, '--node-name', '$(POD_NAME)', '--advertise-addr', '$(POD_IP)']);
    expect(c.env).toEqual([
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
    ]);
    // Probes as with one master, but liveness asks the pod itself: a standby's `health` is the leader's.
    expect([c.startupProbe.tcpSocket.port, c.readinessProbe.tcpSocket.port]).toEqual(['cluster', 'cluster']);
    expect(c.livenessProbe.exec.command).toEqual(['node', POD.cli, 'control', '--config', POD.config, 'actors']);
  });

  test('every config lists each master pod\'s stable name and carries etcd; the master ConfigMap says etcd is the operator\'s', () => {
    const stable = ['prod-eu-master-0.prod-eu-master:1516', 'prod-eu-master-1.prod-eu-master:1516'];
    for (const [cm, type] of [['prod-eu-master-config', 'master'], ['prod-eu-worker-config', 'worker']] as const) {
      const r = parseConfigText(find(objects, 'ConfigMap', cm).data['warden.yaml'], { configPath: POD.config, readFile: () => KEY });
      if (!r.ok) throw new Error(r.problems.join('\n'));
      expect([r.config.cluster.nodeType, r.config.cluster.nodes]).toEqual([type, stable]);
      expect(r.config.cluster.etcd).toEqual({ endpoints: ['http://etcd-0.etcd.infra.svc:2379', 'http://etcd-1.etcd.infra.svc:2379'], prefix: '/warden/Prod_EU', leaseTtlMs: 5_000 });
    }
    const masterFile = files.find((f) => f.path.endsWith('-configmap-prod-eu-master-config.yaml'))!.content;
    expect(masterFile).toMatch(/^# The 2 master\(s\) elect their leader through etcd at http:\/\/etcd-0\.etcd\.infra\.svc:2379, http:\/\/etcd-1\.etcd\.infra\.svc:2379/);
    expect(masterFile).toMatch(/^# etcd is not part of these manifests: the operator runs it/m);
    expect(files.filter((f) => f.content.includes('etcd is not part of'))).toHaveLength(1);
  });
});
