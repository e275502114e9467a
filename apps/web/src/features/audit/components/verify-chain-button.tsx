import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PermittedAction } from '../../auth';
import { useVerifyAudit } from '../api/verify-audit';

/** Admins: checks the hash chains and anchors the clean heads; shows what it found. */
export function VerifyChainButton(): ReactNode {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack spacing={1}>
      <PermittedAction permission="audit:verify">
        {({ disabled }) => (
          <Button
            variant="outlined"
            disabled={disabled || verify.isPending}
            onClick={() => verify.mutate(undefined)}
            data-testid="verify-chain"
          >
            {verify.isPending ? 'Verifying…' : 'Verify chain'}
          </Button>
        )}
      </PermittedAction>
      {verify.isError ? <ApiErrorAlert title="Could not verify" error={verify.error} /> : null}
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="verify-result">
          {result.ok
            ? `Intact: ${result.chainsChecked} chains, ${result.recordsChecked} records checked; ${result.chainsAnchored} heads anchored.`
            : `${result.findings.length} findings in ${result.chainsChecked} chains:`}
          {result.findings.map((finding) => (
            <div key={`${finding.chain}/${finding.seq ?? ''}/${finding.kind}`}>
              {finding.kind} — {finding.chain}
              {finding.seq === null ? '' : ` #${finding.seq}`}: {finding.message}
            </div>
          ))}
        </Alert>
      ) : null}
    </Stack>
  );
}
