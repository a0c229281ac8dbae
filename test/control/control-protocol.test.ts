import { parseControlRequest, errorResponse, ControlError } from '../../actors/control/control-protocol';

describe('parseControlRequest', () => {
  test.each([
    ['{"command":"nodes"}', { command: 'nodes', args: {} }],
    ['{"command":"health","args":{"x":1}}', { command: 'health', args: { x: 1 } }],
  ])('accepts %s', (line, expected) => {
    expect(parseControlRequest(line)).toEqual(expected);
  });
  test.each([
    ['not json', /not JSON/],
    ['42', /expected/],
    ['null', /expected/],
    ['{"command":7}', /expected/],
    ['{"command":"x","args":[1]}', /args/],
  ])('refuses %s', (line, msg) => {
    expect(() => parseControlRequest(line)).toThrow(msg);
    try { parseControlRequest(line); } catch (e) { expect((e as ControlError).code).toBe('bad_request'); }
  });
});

describe('errorResponse', () => {
  test('keeps the code of a typed error and wraps anything else', () => {
    expect(errorResponse(new ControlError('x', 'y'))).toEqual({ ok: false, error: { code: 'x', message: 'y' } });
    expect(errorResponse(Object.assign(new Error('m'), { code: 'timeout' }))).toEqual({ ok: false, error: { code: 'timeout', message: 'm' } });
    expect(errorResponse('plain')).toEqual({ ok: false, error: { code: 'internal', message: 'plain' } });
  });
});
