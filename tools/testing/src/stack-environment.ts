import { eventually, openAttempts } from '@fleet/testing';
import { TestEnvironment } from 'jest-environment-node';

/**
 * The test environment of the "stack" project: Node's, and a file fails if it leaves the shared
 * audit with an attempt that has no outcome. A file that strands one (a fault between the claim
 * and the record) must reconcile it before it ends: otherwise every later file shares a stack
 * whose admins are warned of it, and their pages are not the pages they measure (CI failed so
 * once: the Audit page's records 118 px lower). The check runs here, at teardown, because only
 * then have all the file's own `afterAll` hooks, its clean-up among them, run.
 */
export default class StackTestEnvironment extends TestEnvironment {
  private openAtStart = new Map<string, string>();

  override async setup(): Promise<void> {
    await super.setup();
    this.openAtStart = await openAttempts();
  }

  override async teardown(): Promise<void> {
    await super.teardown();
    const leftOpen = async () =>
      [...(await openAttempts())].filter(([key]) => !this.openAtStart.has(key));
    // An action the file's last test started may still be running (a browser test can end as it
    // clicks): its attempt closes within seconds, a stranded one never does.
    const left = await eventually(leftOpen, (open) => open.length === 0, {
      withinMs: 10_000,
      everyMs: 500,
    });
    if (left.length > 0)
      throw new Error(
        `This file left ${left.length} attempt(s) without an outcome (${left.map(([, what]) => what).join(', ')}): close them before it ends, with settleOpenAttempts from @fleet/testing in afterAll (a reconcile alone leaves attempts under the action timeout open).`,
      );
  }
}
