import { chunkCountFor, chunkOf } from './chunking';

describe('chunking', () => {
  it('sizes a region at a thousand instances per chunk, at least one', () => {
    expect([0, 1, 1000, 1001, 100_000].map(chunkCountFor)).toEqual([1, 1, 1, 2, 100]);
  });

  it('spreads ids evenly over the chunks and always puts one id in the same chunk', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `i-${i.toString(16).padStart(17, '0')}`);
    const sizes = Array<number>(10).fill(0);
    for (const id of ids) sizes[chunkOf(id, 10)] = (sizes[chunkOf(id, 10)] ?? 0) + 1;

    expect(Math.max(...sizes)).toBeLessThan(1_300);
    expect(chunkOf(ids[7] as string, 10)).toBe(chunkOf(ids[7] as string, 10));
  });
});
