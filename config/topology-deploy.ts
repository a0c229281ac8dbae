// topology-deploy.ts: pure; the `systemd` and `kubernetes` keys of a topology, used only by
// `warden scale render`, checked with the rest so that a render never fails half-way.
import { isAbsolute } from 'node:path';
import { type Check, describe, intRange, NAME, oneOf } from './checks';
import { type Problems, Section } from './section';
import pkg from '../package.json';

export interface SystemdOptions {
  /** The dedicated account the units run as. */
  user: string;
  /** The node binary and the installed Warden (holding dist/scripts/warden.js). */
  nodePath: string;
  installDir: string;
  /** Node N's config is <configDir>/<N>/warden.yaml; the cluster key <configDir>/cluster.key. */
  configDir: string;
  /** Node N's data is <dataRoot>/<N> (systemd's StateDirectory, owned by the user). */
  dataRoot: string;
  /** TimeoutStopSec: the daemon stops within 5 s; this leaves it room. */
  stopTimeoutSec: number;
}

export type ServiceType = 'LoadBalancer' | 'NodePort' | 'ClusterIP';

export interface KubernetesOptions {
  namespace: string | null;
  /** Object names start with it (a DNS label made from the cluster name by default). */
  namePrefix: string;
  image: string;
  /** The Service of the agent and enrollment ports. */
  serviceType: ServiceType;
  /** The HorizontalPodAutoscaler's bounds and target for the workers. */
  maxWorkers: number;
  targetCpuPercent: number;
  /** The master's PersistentVolumeClaim. */
  storage: string;
  storageClass: string | null;
  resources: { cpuRequest: string; memoryRequest: string; cpuLimit: string | null; memoryLimit: string };
}

const SYSTEMD_KEYS = ['user', 'node_path', 'install_dir', 'config_dir', 'data_dir', 'stop_timeout_sec'] as const;
const KUBERNETES_KEYS = [
  'namespace', 'name_prefix', 'image', 'service_type', 'max_workers', 'target_cpu_percent', 'storage', 'storage_class',
  'cpu_request', 'memory_request', 'cpu_limit', 'memory_limit',
] as const;
const SERVICE_TYPES: readonly ServiceType[] = ['LoadBalancer', 'NodePort', 'ClusterIP'];
/** Room for "-worker-NNNN" and the StatefulSet's revision label (63 characters in all). */
const MAX_PREFIX = 40;

const ABSOLUTE_PATH: Check<string> = {
  expected: 'an absolute path',
  parse: (v) => (typeof v === 'string' && isAbsolute(v) && !/[\s\0]/.test(v)
    ? { ok: true, value: v.replace(/\/+$/, '') || '/' }
    : { ok: false, what: `${describe(v)} is not an absolute path without spaces` }),
};
const DNS_LABEL: Check<string> = {
  expected: `a DNS label (lowercase letters, digits and "-", at most ${MAX_PREFIX} characters)`,
  parse: (v) => (typeof v === 'string' && isDnsLabel(v, MAX_PREFIX)
    ? { ok: true, value: v }
    : { ok: false, what: `${describe(v)} is not a DNS label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most ${MAX_PREFIX} characters)` }),
};
const DNS_SUBDOMAIN: Check<string> = {
  expected: 'a DNS subdomain name (lowercase letters, digits, "-" and ".")',
  parse: (v) => (typeof v === 'string' && v.length <= 253 && v.split('.').every((l) => isDnsLabel(l))
    ? { ok: true, value: v }
    : { ok: false, what: `${describe(v)} is not a DNS subdomain name (lowercase letters, digits, "-" and ".")` }),
};
const QUANTITY: Check<string> = {
  expected: 'a Kubernetes quantity such as "250m", "512Mi" or "1Gi"',
  parse: (v) => {
    const s = typeof v === 'number' ? String(v) : v;
    return typeof s === 'string' && /^\d+(\.\d+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.test(s)
      ? { ok: true, value: s }
      : { ok: false, what: `${describe(v)} is not a quantity (expected a number with an optional unit: "250m", "512Mi", "1Gi")` };
  },
};
const IMAGE: Check<string> = {
  expected: 'an image reference such as "registry.example.org/warden:0.1.0"',
  parse: (v) => (typeof v === 'string' && /^[a-z0-9][a-z0-9._\-/:@]*$/i.test(v)
    ? { ok: true, value: v }
    : { ok: false, what: `${describe(v)} is not an image reference (expected such as "registry.example.org/warden:0.1.0")` }),
};

export function isDnsLabel(s: string, max = 63): boolean {
  return s.length <= max && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(s);
}

/** A DNS label from a cluster name ([A-Za-z0-9_-]+): lowercase, "_" as "-", trimmed. */
export function dnsLabelOf(name: string): string {
  const label = name.toLowerCase().replace(/_/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_PREFIX).replace(/-+$/, '');
  return label || 'warden';
}

export function readDeployOptions(
  problems: Problems, systemdRaw: unknown, kubernetesRaw: unknown, clusterName: string, workers: number,
): { systemd: SystemdOptions; kubernetes: KubernetesOptions } {
  const sd = Section.open(problems, 'systemd', systemdRaw, SYSTEMD_KEYS);
  const systemd: SystemdOptions = {
    user: sd?.get('user', NAME, 'warden') ?? 'warden',
    nodePath: sd?.get('node_path', ABSOLUTE_PATH, '/usr/bin/node') ?? '/usr/bin/node',
    installDir: sd?.get('install_dir', ABSOLUTE_PATH, '/opt/warden') ?? '/opt/warden',
    configDir: sd?.get('config_dir', ABSOLUTE_PATH, '/etc/warden') ?? '/etc/warden',
    dataRoot: sd?.get('data_dir', ABSOLUTE_PATH, '/var/lib/warden') ?? '/var/lib/warden',
    stopTimeoutSec: sd?.get('stop_timeout_sec', intRange(6, 3600), 15) ?? 15,
  };
  if (sd && !systemd.dataRoot.startsWith('/var/lib/')) {
    problems.add('systemd.data_dir', `${JSON.stringify(systemd.dataRoot)} is not under /var/lib (the units let systemd create it as StateDirectory=, which lives there)`);
  }

  const k = Section.open(problems, 'kubernetes', kubernetesRaw, KUBERNETES_KEYS);
  const minWorkers = Math.max(1, workers);
  const maxWorkers = k?.get('max_workers', intRange(1, 10_000), Math.max(4, 2 * minWorkers)) ?? minWorkers;
  if (maxWorkers < minWorkers) {
    problems.add('kubernetes.max_workers', `${maxWorkers} is below the ${workers} workers of the topology (the autoscaler starts from them)`);
  }
  const kubernetes: KubernetesOptions = {
    namespace: k?.get<string | null>('namespace', DNS_LABEL, null) ?? null,
    namePrefix: k?.get('name_prefix', DNS_LABEL, dnsLabelOf(clusterName)) ?? 'warden',
    image: k?.get('image', IMAGE, `warden:${pkg.version}`) ?? 'warden',
    serviceType: k?.get('service_type', oneOf(SERVICE_TYPES), 'LoadBalancer') ?? 'LoadBalancer',
    maxWorkers,
    targetCpuPercent: k?.get('target_cpu_percent', intRange(1, 100), 70) ?? 70,
    storage: k?.get('storage', QUANTITY, '1Gi') ?? '1Gi',
    storageClass: k?.get<string | null>('storage_class', DNS_SUBDOMAIN, null) ?? null,
    resources: {
      cpuRequest: k?.get('cpu_request', QUANTITY, '250m') ?? '250m',
      memoryRequest: k?.get('memory_request', QUANTITY, '256Mi') ?? '256Mi',
      cpuLimit: k?.get<string | null>('cpu_limit', QUANTITY, null) ?? null,
      memoryLimit: k?.get('memory_limit', QUANTITY, '1Gi') ?? '1Gi',
    },
  };
  return { systemd, kubernetes };
}
