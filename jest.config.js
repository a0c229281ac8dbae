/** Jest: ts-jest over the TypeScript sources; slow multi-process tests live in test/e2e. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30000,
  // nact schedules with setImmediate; fake timers must leave it alone.
  fakeTimers: { doNotFake: ['setImmediate'] },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
