// Decoding (Wazuh's DecodeEvent): the first top-level decoder whose program name and prematch
// fit claims the event; then the first child whose prematch fits (or the first without one);
// then its regex (and those of same-named siblings) fill the fields.
import { Event, setField } from '../event';
import { execExpression, testExpression } from '../patterns/expression';
import { DecoderInfo, DecoderNode, DecoderSet } from './decoder-types';
import { runPlugin } from './plugins/plugins';

export function decodeEvent(ev: Event, set: DecoderSet): void {
  const top = ev.programName !== undefined ? set.withProgramName : set.withoutProgramName;
  for (const node of top) {
    let info = node.info;
    let pmatch = ev.log;
    if (ev.programName !== undefined) {
      if (!info.programName || !testExpression(info.programName, ev.programName)) continue;
    }
    if (info.prematch) {
      const r = execExpression(info.prematch, ev.log);
      if (!r) continue;
      pmatch = ev.log.slice(r.end);
    }
    ev.decoder = info;
    ev.logAfterParent = pmatch;
    ev.logAfterPrematch = pmatch;

    let siblings: DecoderNode[] = [node];
    let idx = 0;
    let cmatch: string | undefined;
    if (node.children.length) {
      siblings = node.children;
      let chosen: DecoderInfo | null = null;
      while (idx < siblings.length) {
        const child = siblings[idx].info;
        if (!child.prematch) { cmatch = pmatch; chosen = child; break; }
        const input = child.prematchOffset === 'after_parent' ? pmatch : ev.log;
        const r = execExpression(child.prematch, input);
        if (r) {
          cmatch = input.slice(r.end);
          ev.decoder = child;
          ev.logAfterParent = pmatch;
          ev.logAfterPrematch = cmatch;
          chosen = child;
          break;
        }
        // Same-named siblings are one multi-regex decoder: skip them together.
        if (child.getNext) {
          while (idx < siblings.length && siblings[idx].info.getNext) idx++;
          if (idx >= siblings.length) return;
        }
        idx++;
      }
      if (!chosen) return;
      info = chosen;
    }

    let regexPrev: string | undefined;
    for (;;) {
      if (info.plugin) {
        runPlugin(info, ev);
      } else if (info.regex) {
        let input: string;
        switch (info.regexOffset) {
          case 'after_parent': input = pmatch; break;
          case 'after_prematch': input = cmatch ?? pmatch; break;
          case 'after_regex': input = regexPrev ?? cmatch ?? pmatch; break;
          default: input = ev.log;
        }
        const r = execExpression(info.regex, input);
        if (!r) {
          if (info.getNext && idx + 1 < siblings.length) { info = siblings[++idx].info; continue; }
          return;
        }
        regexPrev = input.slice(r.end);
        assignFields(ev, info.order, r.captures);
      } else {
        return;
      }
      if (info.getNext && idx + 1 < siblings.length) info = siblings[++idx].info;
      else return;
    }
  }
}

function assignFields(ev: Event, order: string[], captures: string[]): void {
  const n = Math.min(order.length, captures.length);
  for (let i = 0; i < n; i++) setField(ev, order[i], captures[i]);
}
