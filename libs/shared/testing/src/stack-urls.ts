/** The URLs of the stack that the test run's global set-up started. */
export interface StackUrls {
  readonly api: string;
  readonly localAws: string;
  readonly web: string;
  readonly regions: readonly string[];
}

/** A variable the stack project's global set-up exports; fails clearly anywhere else. */
export function requiredStackEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test in jest's "stack" project`);
  return value;
}

/** URLs of the running local stack; only in tests of the "stack" project. */
export function stackUrls(): StackUrls {
  return {
    api: requiredStackEnv('FLEET_API_URL'),
    localAws: requiredStackEnv('LOCAL_AWS_URL'),
    web: process.env.FLEET_WEB_URL ?? '',
    regions: requiredStackEnv('FLEET_REGIONS').split(','),
  };
}
