import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_ERROR_CODES, isApiErrorCode } from './error-codes';

describe('API_ERROR_CODES', () => {
  it('gives every "not now" status (429, 503) a Retry-After', () => {
    const missing = Object.entries(API_ERROR_CODES).filter(
      ([, spec]) => [429, 503].includes(spec.status) && !('retryAfterSeconds' in spec),
    );

    expect(missing).toEqual([]);
  });

  it('is the table docs/api.md shows: every code with its status', () => {
    const docs = readFileSync(join(__dirname, '../../../../../docs/api.md'), 'utf8');

    for (const [code, spec] of Object.entries(API_ERROR_CODES))
      expect(docs).toMatch(new RegExp(`\\| ${spec.status}\\s+\\| \`${code}\`\\s+\\|`));
  });

  it('knows its own codes and no others', () => {
    expect([isApiErrorCode('Throttled'), isApiErrorCode('toString')]).toEqual([true, false]);
  });
});
