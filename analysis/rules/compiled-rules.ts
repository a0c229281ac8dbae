// Wazuh's compiled rules (<compiled_rule>NAME</compiled_rule>): small checks written in code
// rather than patterns. Each returns true when the rule may keep matching.
import { Event } from '../event';

type CompiledRule = (ev: Event) => boolean;

const CRAWLERS = ['66.249.', '72.14.', '209.85.', '65.55.', '207.46.', '74.6.', '72.30.', '67.195.'];

export const COMPILED_RULES: Record<string, CompiledRule> = {
  // srcuser and dstuser are the same, or one of them is missing.
  comp_srcuser_dstuser: (ev) => !ev.static.srcuser || !ev.static.dstuser || ev.static.srcuser === ev.static.dstuser,
  check_id_size: (ev) => ev.static.id !== undefined && ev.static.id.length >= 10,
  // Windows "Target Account Name" differs from "Caller User Name".
  comp_mswin_targetuser_calleruser_diff: (ev) => {
    const t = ev.log.indexOf('Target Account Name');
    const c = ev.log.indexOf('Caller User Name');
    if (t < 0 || c < 0) return false;
    let i = ev.log.indexOf(':', t);
    let j = ev.log.indexOf(':', c);
    if (i < 0 || j < 0) return false;
    for (i++, j++; i < ev.log.length; i++, j++) {
      if (ev.log[i] !== ev.log[j]) return true;
      if (ev.log[i] === '\t' || (ev.log[i] === ' ' && ev.log[i + 1] === ' ')) break;
    }
    return false;
  },
  // A request for "/" or without a query string: no need to run the attack rules.
  is_simple_http_request: (ev) => ev.static.url !== undefined && (ev.static.url === '/' || !ev.static.url.includes('?')),
  is_valid_crawler: (ev) => CRAWLERS.some((p) => ev.log.startsWith(p)),
};
