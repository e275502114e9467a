import type { InstanceProtection } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Pill } from '../../../components/pill';

const LABELS: Record<keyof InstanceProtection, string> = {
  disableApiTermination: 'Termination protection',
  disableApiStop: 'Stop protection',
};

function word(value: boolean | null): string {
  if (value === null) return 'unknown';
  return value ? 'on' : 'off';
}

/** The instance's protection flags, as the instance page read them (DescribeInstanceAttribute). */
export function ProtectionSummary({ protection }: { protection: InstanceProtection }): ReactNode {
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap' }}
      data-testid="protection"
    >
      {(Object.keys(LABELS) as (keyof InstanceProtection)[]).map((flag) => (
        <Pill
          key={flag}
          color={protection[flag] ? 'warning' : 'default'}
          variant={protection[flag] ? 'tinted' : 'outlined'}
          data-testid={`protection-${flag}`}
          data-state={word(protection[flag])}
        >
          {LABELS[flag]}: {word(protection[flag])}
        </Pill>
      ))}
    </Stack>
  );
}
