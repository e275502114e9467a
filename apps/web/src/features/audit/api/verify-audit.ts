import { AuditVerificationSchema, type AuditVerification } from '@fleet/contract';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** `POST /audit/verify` (admins): checks every chain, or one instance's. */
export function verifyAudit(
  api: ApiClient,
  scope: { region?: string; instance?: string } = {},
): Promise<AuditVerification> {
  return api.post('/audit/verify', {}, AuditVerificationSchema, {
    query: { region: scope.region, instance: scope.instance },
  });
}

export function useVerifyAudit(): UseMutationResult<
  AuditVerification,
  Error,
  { region?: string; instance?: string } | undefined
> {
  const api = useApiClient();
  return useMutation({ mutationFn: (scope) => verifyAudit(api, scope ?? {}) });
}
