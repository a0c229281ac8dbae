// assert-never.ts: the last line of an exhaustive switch; a case nobody handles fails to compile.

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(x)}`);
}
