import { eventually } from './eventually';

/** A read that answers 1, 2, 3, … and counts its calls. */
function counter(): { read: () => Promise<number>; calls: () => number } {
  let calls = 0;
  return { read: async () => ++calls, calls: () => calls };
}

describe('eventually', () => {
  it('reads once when the first value already satisfies', async () => {
    const { read, calls } = counter();

    expect(await eventually(read, (value) => value >= 1)).toBe(1);
    expect(calls()).toBe(1);
  });

  it('reads again, the given time apart, until the value satisfies', async () => {
    const { read, calls } = counter();
    const started = Date.now();

    expect(await eventually(read, (value) => value === 3, { everyMs: 30 })).toBe(3);
    expect(calls()).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('gives up after its attempts with the last value read, for the test to assert on', async () => {
    const { read, calls } = counter();

    expect(await eventually(read, () => false, { attempts: 4, everyMs: 1 })).toBe(4);
    expect(calls()).toBe(4);
  });

  it('reads no more once its time is up, however many attempts that leaves', async () => {
    const { read, calls } = counter();
    const started = Date.now();

    const last = await eventually(read, () => false, { withinMs: 200, everyMs: 50 });

    expect(Date.now() - started).toBeLessThan(400);
    expect(calls()).toBeGreaterThanOrEqual(2);
    expect(calls()).toBeLessThanOrEqual(4);
    expect(last).toBe(calls());
  });

  it('lets a failed read fail the test', async () => {
    await expect(
      eventually(
        () => Promise.reject(new Error('refused')),
        () => true,
      ),
    ).rejects.toThrow('refused');
  });
});
