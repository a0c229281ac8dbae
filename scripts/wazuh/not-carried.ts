// Why `warden config import` leaves a part of ossec.conf behind: one line per section or setting.

/** Sections of <ossec_config> that Warden has no use for. */
const SECTIONS: Readonly<Record<string, string>> = {
  global: 'analysisd and e-mail settings: Warden always writes alerts.json and archives.json, sends no e-mail and has no white list',
  logging: 'the format of ossec.log: Warden writes cluster.log in Wazuh\'s plain format (log.level sets the detail)',
  syscheck: 'file integrity monitoring of the manager\'s own host: Warden runs no local agent (install a Wazuh agent on the host)',
  rootcheck: 'rootkit checks of the manager\'s own host: Warden runs no local agent',
  sca: 'configuration assessment of the manager\'s own host: Warden runs no local agent',
  wodle: 'a module that runs on the manager\'s host (syscollector, osquery, cis-cat, docker, command, ...): Warden has none',
  localfile: 'log files read on the manager\'s own host: Warden reads none (a Wazuh agent on the host can send them)',
  command: 'active-response commands: Warden has no active response',
  'active-response': 'Warden has no active response',
  ruleset: 'rule, decoder and list files: Warden loads its built-in ruleset and the master\'s etc/rules, etc/decoders, etc/lists; set analysis.ruleset_dirs to a Wazuh ruleset folder and copy local rules into the master\'s etc/',
  rules: 'rule files (OSSEC layout): Warden loads its built-in ruleset and the master\'s etc/rules; set analysis.ruleset_dirs to a Wazuh ruleset folder',
  rule_test: 'wazuh-logtest\'s settings: `warden logtest` needs none',
  indexer: 'the link to the Wazuh indexer: Warden keeps none; Filebeat\'s Wazuh module reads alerts.json',
  'vulnerability-detection': 'vulnerability detection is not part of Warden',
  'vulnerability-detector': 'vulnerability detection is not part of Warden',
  integration: 'integrations (Slack, PagerDuty, VirusTotal, ...) are not part of Warden; read alerts.json instead',
  syslog_output: 'Warden forwards no alerts over syslog; read alerts.json instead',
  database_output: 'Warden writes alerts to no database; read alerts.json instead',
  email_alerts: 'Warden sends no e-mail',
  reports: 'Warden sends no e-mail reports',
  labels: 'labels of the manager itself: Warden adds only the cluster fields to alerts',
  'agent-upgrade': 'remote agent upgrades are not part of Warden',
  'task-manager': 'Wazuh\'s task manager (agent upgrades) is not part of Warden',
  agentless: 'agentless monitoring is not part of Warden',
  socket: 'output sockets of localfile: Warden reads no local files',
  'fluent-forward': 'Warden forwards no events to Fluentd',
  osquery: 'osquery runs on the manager\'s host: Warden has no such module',
  'open-scap': 'OpenSCAP runs on the manager\'s host: Warden has no such module',
  'cis-cat': 'CIS-CAT runs on the manager\'s host: Warden has no such module',
  syscollector: 'inventory of the manager\'s own host: Warden runs no local agent',
  github: 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  office365: 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'ms-graph': 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'aws-s3': 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'gcp-pubsub': 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'gcp-bucket': 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'azure-logs': 'cloud log modules (GitHub, Office 365, AWS, GCP, Azure) are not part of Warden',
  'docker-listener': 'Docker events of the manager\'s host: Warden has no such module',
  client: 'agent settings (an agent\'s ossec.conf): a manager has no use for them',
  client_buffer: 'agent settings (an agent\'s ossec.conf): a manager has no use for them',
  anti_flooding: 'agent settings (an agent\'s ossec.conf): a manager has no use for them',
};

const OTHER_SECTION = 'not a Warden setting: the import carries <cluster>, <remote>, <auth> and <alerts><log_alert_level>';

export function sectionReason(name: string): string {
  return SECTIONS[name] ?? OTHER_SECTION;
}

/** A setting inside a carried section: why it is left out; `same`: the value Warden behaves as, not worth a line. */
export interface SettingReason {
  reason: string;
  same?: string;
}

const WARDEN_ENROLLMENT_RULE = 'Warden replaces an agent only as Wazuh does by default (never connected, or disconnected and registered over 1 h ago, with another key)';

export const CLUSTER_SETTINGS: Readonly<Record<string, SettingReason>> = {
  agent_reconnection: { reason: 'Warden balances agents itself: the master asks a worker holding far more than the others to move some (#!-force_reconnect); not configurable' },
  haproxy_helper: { reason: 'Warden has no HAProxy helper: any TCP balancer can sit in front of the workers\' agents.port' },
};

export const REMOTE_SETTINGS: Readonly<Record<string, SettingReason>> = {
  ipv6: { reason: 'Warden\'s agent port listens on agents.bind_addr (an IPv6 address there listens on IPv6)', same: 'no' },
  queue_size: { reason: 'Warden bounds its own queues (see the README\'s Security section)' },
  'allowed-ips': { reason: 'Wazuh applies it to syslog connections only, which Warden does not receive' },
  'denied-ips': { reason: 'Wazuh applies it to syslog connections only, which Warden does not receive' },
  rids_closing_time: { reason: 'Warden keeps its counter table itself (agents.verify_counters turns checking on)' },
  connection_overtake_time: { reason: 'Warden lets a new connection of an agent replace one silent for 60 s, as Wazuh\'s default' },
  agents: { reason: 'Warden refuses agents newer than the version it presents (Wazuh v4.14.7), as Wazuh does by default' },
  https: { reason: 'Warden has no HTTPS agent endpoint' },
  legacy: { reason: 'settings of Wazuh 5\'s legacy port are not read; set agents.port yourself' },
};

export const AUTH_SETTINGS: Readonly<Record<string, SettingReason>> = {
  use_source_ip: { reason: 'Warden registers the address an agent asks for (IP:) or any, as use_source_ip no', same: 'no' },
  force_insert: { reason: WARDEN_ENROLLMENT_RULE },
  force_time: { reason: WARDEN_ENROLLMENT_RULE },
  force: { reason: WARDEN_ENROLLMENT_RULE },
  purge: { reason: 'Warden deletes a removed agent\'s entry outright, as purge yes', same: 'yes' },
  ciphers: { reason: 'Warden\'s enrollment port uses Node.js\'s default TLS ciphers (TLS 1.2 or later)' },
  ssl_agent_ca: { reason: 'Warden does not ask agents for certificates: an enrollment password is its only gate' },
  ssl_verify_host: { reason: 'Warden does not check agent certificates', same: 'no' },
  ssl_manager_cert: { reason: 'Warden makes a self-signed certificate in <data_dir>/etc/sslmanager.cert at first start; copy Wazuh\'s there to keep it' },
  ssl_manager_key: { reason: 'Warden makes its key in <data_dir>/etc/sslmanager.key at first start; copy Wazuh\'s there (mode 0600) to keep it' },
  ssl_auto_negotiate: { reason: 'Warden negotiates TLS 1.2 or later', same: 'no' },
  remote_enrollment: { reason: 'Warden workers always accept enrollments and forward them to the master', same: 'yes' },
  limit_maxagents: { reason: 'Warden sets no maximum number of agents' },
  key_request: { reason: 'Warden does not fetch keys from an external source' },
  ipv6: { reason: 'Warden\'s enrollment port listens on agents.bind_addr (an IPv6 address there listens on IPv6)', same: 'no' },
};
