import { isHostOrIp, parseNodeAddress } from '../../config/address';
import { closestKey, editDistance } from '../../config/section';

describe('isHostOrIp', () => {
  test.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['0.0.0.0', true],
    ['::', true],
    ['::1', true],
    ['fe80::1', true],
    ['localhost', true],
    ['master-1.example.org', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['300.1.1.1', false],
    ['1.2.3', false],
    ['-bad.example', false],
    ['bad-.example', false],
    ['under_score', false],
    ['two words', false],
    ['', false],
    ['example..org', false],
  ])('%j -> %s', (s, ok) => {
    expect(isHostOrIp(s)).toBe(ok);
  });
});

describe('parseNodeAddress', () => {
  test.each<[string, { host: string; port: number } | undefined]>([
    ['127.0.0.1', { host: '127.0.0.1', port: 1516 }],
    ['127.0.0.1:2000', { host: '127.0.0.1', port: 2000 }],
    ['master.example.org', { host: 'master.example.org', port: 1516 }],
    ['master:65535', { host: 'master', port: 65535 }],
    [' master ', { host: 'master', port: 1516 }],
    ['::1', { host: '::1', port: 1516 }],
    ['[::1]', { host: '::1', port: 1516 }],
    ['[::1]:2000', { host: '::1', port: 2000 }],
    ['master:0', undefined],
    ['master:65536', undefined],
    ['master:', undefined],
    ['master:port', undefined],
    ['[master]:1516', undefined],
    ['a b:1516', undefined],
    ['', undefined],
  ])('%j -> %j', (entry, expected) => {
    expect(parseNodeAddress(entry, 1516)).toEqual(expected);
  });
});

describe('closestKey', () => {
  const known = ['name', 'node_name', 'node_type', 'key', 'key_file', 'port', 'bind_addr', 'nodes'];
  test.each<[string, string | undefined]>([
    ['nmae', 'name'],
    ['nodename', 'node_name'],
    ['nodeType', 'node_type'],
    ['node-name', 'node_name'],
    ['bindaddr', 'bind_addr'],
    ['keyfile', 'key_file'],
    ['prot', 'port'],
    ['node', 'nodes'],
    ['ky', undefined], // too short to guess
    ['colour', undefined],
    ['addresses', undefined],
  ])('%j -> %j', (typo, expected) => {
    expect(closestKey(typo, known)).toBe(expected);
  });

  test.each<[string, string, number]>([
    ['', '', 0],
    ['abc', '', 3],
    ['nmae', 'name', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%j, %j) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
