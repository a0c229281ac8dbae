// A problem found while loading a ruleset: where it is and what is wrong. Loading goes on where
// Wazuh goes on (a bad element skips its decoder or rule, not the whole ruleset).

type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.severity}: ${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}
