import type { Instance } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { InstanceStateChip } from './instance-state-chip';

export interface InstanceHeaderProps {
  instance: Instance;
  /** The action menu and switches, drawn by the page: actions are another feature. */
  actions?: ReactNode;
}

export function InstanceHeader({ instance, actions }: InstanceHeaderProps): ReactNode {
  return (
    <Stack spacing={0.5}>
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography variant="h1" data-testid="instance-title">
          {instance.name ?? instance.id}
        </Typography>
        <InstanceStateChip state={instance.state} size="medium" />
        {actions ? (
          <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
            {actions}
          </Stack>
        ) : null}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        <Typography
          component="span"
          variant="inherit"
          sx={{ fontFamily: 'monospace' }}
          data-testid="instance-id"
        >
          {instance.id}
        </Typography>
        <CopyButton value={instance.id} label="instance id" />
        {' · '}
        {instance.region}
        {instance.name ? null : ' · no Name tag'}
      </Typography>
    </Stack>
  );
}
