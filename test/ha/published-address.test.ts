// The address a master publishes in etcd for workers and standbys to dial.
import { publishedAddress } from '../../actors/ha/ha-master';
import type { WardenConfig } from '../../config/schema';

const config = (bindAddr: string, port = 1516): WardenConfig => ({ cluster: { bindAddr, port } }) as unknown as WardenConfig;

describe('publishedAddress', () => {
  test.each<[string, string | undefined, string]>([
    ['10.0.0.1', undefined, '10.0.0.1:1516'],
    ['0.0.0.0', undefined, 'host-a:1516'],
    ['::', undefined, 'host-a:1516'],
    ['0.0.0.0', '10.1.2.3', '10.1.2.3:1516'],
    ['fd00::1', undefined, '[fd00::1]:1516'],
    ['0.0.0.0', 'fd00::9', '[fd00::9]:1516'],
  ])('bind %s, --advertise-addr %s', (bind, advertise, want) => {
    expect(publishedAddress(config(bind), advertise, () => 'host-a')).toBe(want);
  });
});
