import type { ApiError, UnsettledPage } from '@fleet/contract';
import { callApi } from '@fleet/testing';

// The stuck attempt itself is made and reconciled in reconcile-audit's tests.
describe('GET /audit/unsettled', () => {
  it('answers the list of open attempts to an admin', async () => {
    const { status, body } = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');

    expect(status).toBe(200);
    expect(Array.isArray(body.items)).toBe(true);
  });

  it('answers 403 to an operator', async () => {
    const { status, body } = await callApi<ApiError>('/audit/unsettled', {}, { as: 'operator' });

    expect(status).toBe(403);
    expect(body.code).toBe('Forbidden');
  });
});
