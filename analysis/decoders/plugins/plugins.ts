// The plugin decoders a decoder may name with <plugin_decoder>, run on the part of the log its
// offset selects.
import { Event } from '../../event';
import { DecoderInfo } from '../decoder-types';
import { jsonDecoder } from './json';
import { sonicwallDecoder, pfDecoder, symantecWsDecoder, ossecAlertDecoder } from './text-plugins';

export function runPlugin(info: DecoderInfo, ev: Event): void {
  const input = info.pluginOffset === 'after_parent' ? ev.logAfterParent
    : info.pluginOffset === 'after_prematch' ? ev.logAfterPrematch
    : ev.log;
  switch (info.plugin) {
    case 'JSON_Decoder': return jsonDecoder(info, ev, input);
    case 'SonicWall_Decoder': return sonicwallDecoder(ev, input ?? ev.log);
    case 'PF_Decoder': return pfDecoder(ev, input ?? ev.log);
    case 'SymantecWS_Decoder': return symantecWsDecoder(ev, input ?? ev.log);
    case 'OSSECAlert_Decoder': return ossecAlertDecoder(ev, input ?? ev.log);
    case undefined: return;
  }
}
