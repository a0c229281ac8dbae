// Decoding: parents and children, offsets, multi-regex decoders, use_own_name and the JSON plugin.
import { engineOf, run } from './helpers';

const DECODERS = `
<decoder name="app">
  <program_name>^myapp$</program_name>
</decoder>
<decoder name="app-login">
  <parent>app</parent>
  <prematch offset="after_parent">^login </prematch>
  <regex offset="after_prematch">^user (\\S+) from (\\S+)</regex>
  <order>user, srcip</order>
</decoder>
<decoder name="app-kv">
  <parent>app</parent>
  <regex>id=(\\d+)</regex>
  <order>id</order>
</decoder>
<decoder name="app-kv">
  <parent>app</parent>
  <regex offset="after_regex">^ took=(\\d+)</regex>
  <order>app.took</order>
</decoder>

<decoder name="fw">
  <prematch>^FW </prematch>
  <type>firewall</type>
</decoder>
<decoder name="fw-deny">
  <parent>fw</parent>
  <use_own_name>true</use_own_name>
  <prematch>DENY</prematch>
  <regex>(\\S+) -> (\\S+)$</regex>
  <order>srcip, dstip</order>
</decoder>

<decoder name="json">
  <prematch>^{\\s*"</prematch>
  <plugin_decoder>JSON_Decoder</plugin_decoder>
</decoder>

<decoder name="wrapped">
  <program_name>^wrapper$</program_name>
</decoder>
<decoder name="wrapped-json">
  <parent>wrapped</parent>
  <plugin_decoder offset="after_parent">JSON_Decoder</plugin_decoder>
</decoder>`;

describe('decoders', () => {
  const engine = engineOf({ decoders: DECODERS });

  it('takes the parent by program name and the child by its prematch after the parent', () => {
    const r = run(engine, 'Dec 25 20:45:02 host myapp[1]: login user alice from 10.0.0.5');
    expect(r.decoder).toEqual({ name: 'app', parent: 'app' });
    expect(r.fields).toEqual({ dstuser: 'alice', srcip: '10.0.0.5' }); // user is dstuser
  });

  it('runs same-named siblings one after the other, each after the previous regex', () => {
    const r = run(engine, 'Dec 25 20:45:02 host myapp: op id=42 took=7 ms');
    expect(r.decoder?.name).toBe('app');
    expect(r.fields).toEqual({ id: '42', 'app.took': '7' });
  });

  it('reports a child under its own name with use_own_name', () => {
    const r = run(engine, 'FW DENY 1.2.3.4 -> 5.6.7.8');
    expect(r.decoder).toEqual({ name: 'fw-deny', parent: 'fw' });
    expect(r.fields).toEqual({ srcip: '1.2.3.4', dstip: '5.6.7.8' });
  });

  it('only tries decoders with a program name on events that have one', () => {
    expect(run(engine, 'Dec 25 20:45:02 host other: FW DENY 1.2.3.4 -> 5.6.7.8').decoder).toBeNull();
  });

  it('flattens JSON: dotted names, static names, numbers, booleans, null and arrays', () => {
    const r = run(engine, '{"srcip":"1.1.1.1","user":"root","a":{"b":{"c":"x"},"n":3,"f":1.5,"t":true,"z":null},"list":["p",2]}');
    expect(r.decoder).toEqual({ name: 'json' });
    expect(r.fields).toEqual({
      srcip: '1.1.1.1', dstuser: 'root', 'a.b.c': 'x', 'a.n': '3', 'a.f': '1.500000', 'a.t': 'true', 'a.z': 'null', list: '["p", 2]',
    });
  });

  it('decodes JSON after the parent with a plugin offset', () => {
    const r = run(engine, 'Dec 25 20:45:02 host wrapper: {"event":"x"}');
    expect(r.decoder?.name).toBe('wrapped');
    expect(r.fields).toEqual({ event: 'x' });
  });

  it('leaves malformed JSON undecoded without failing', () => {
    const r = run(engine, '{"a": [1, 2');
    expect(r.decoder?.name).toBe('json');
    expect(r.fields).toEqual({});
  });
});
