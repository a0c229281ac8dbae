import { DurationError, formatDuration, parseDuration } from '../../config/duration';

describe('parseDuration', () => {
  test.each<[string | number, number]>([
    ['500ms', 500],
    ['10s', 10_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    ['1.5s', 1_500],
    ['1.1s', 1_100],
    ['.5s', 500],
    ['10 s', 10_000],
    ['  30s  ', 30_000],
    ['0', 0],
    ['0s', 0],
    [0, 0],
  ])('%j is %d ms', (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });

  test.each<[string | number, RegExp]>([
    [10, /^10 has no unit; write a number with a unit: "500ms", "10s"/],
    ['10', /^"10" has no unit/],
    [1.5, /has no unit/],
    ['10x', /^"10x" has an unknown unit "x"/],
    ['10S', /unknown unit "S"/],
    ['ten seconds', /^"ten seconds" is not a duration/],
    ['', /is not a duration/],
    ['-5s', /is not a duration/],
    ['1m30s', /is not a duration/],
    ['0.5ms', /is not a whole number of milliseconds/],
    [Number.NaN, /is not a duration/],
    [Number.POSITIVE_INFINITY, /is not a duration/],
    ['99999999999999999999d', /is too long/],
  ])('%j is refused: %s', (input, message) => {
    expect(() => parseDuration(input)).toThrow(DurationError);
    expect(() => parseDuration(input)).toThrow(message);
  });

  test('a non-string from untyped YAML is refused with a DurationError', () => {
    expect(() => parseDuration(true as unknown as string)).toThrow(/^true is not a duration/);
    expect(() => parseDuration([] as unknown as string)).toThrow(/^a list is not a duration/);
  });
});

describe('formatDuration', () => {
  test.each<[number, string]>([
    [0, '0s'],
    [500, '500ms'],
    [1_500, '1500ms'],
    [10_000, '10s'],
    [90_000, '90s'],
    [120_000, '2m'],
    [3_600_000, '1h'],
    [86_400_000, '1d'],
  ])('%d ms is %s, and parses back', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });
});
