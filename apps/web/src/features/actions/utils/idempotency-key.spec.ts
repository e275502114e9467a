import { keyFor } from './idempotency-key';

describe('keyFor', () => {
  it('reuses the key for a retry of the same request', () => {
    const first = keyFor(null, '["stop",{"id":"i-1"}]', () => 'k1');

    expect(keyFor(first, '["stop",{"id":"i-1"}]', () => 'k2').key).toBe('k1');
  });

  it('takes a new key once the request changed', () => {
    const first = keyFor(null, '["stop",{"id":"i-1"}]', () => 'k1');

    expect(keyFor(first, '["stop",{"id":"i-1","reason":"x"}]', () => 'k2').key).toBe('k2');
  });
});
