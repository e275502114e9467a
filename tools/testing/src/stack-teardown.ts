/** Stops the stack of `stack-setup.ts`, whole process groups, so no process outlives the run. */
export default async function stackTeardown(): Promise<void> {
  await globalThis.__FLEET_STACK__?.stop();
  globalThis.__FLEET_STACK__ = undefined;
}
