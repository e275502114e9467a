import type { InstanceState } from '@fleet/contract';
import Chip from '@mui/material/Chip';
import type { ReactNode } from 'react';
import { instanceStateColor } from '../utils/instance-state-color';

export interface InstanceStateChipProps {
  state: InstanceState;
  size?: 'small' | 'medium';
}

export function InstanceStateChip({ state, size = 'small' }: InstanceStateChipProps): ReactNode {
  const color = instanceStateColor(state);
  return (
    <Chip
      label={state}
      size={size}
      color={color}
      // Filled for the states that need attention at a glance; outlined for the calm ones.
      variant={color === 'default' ? 'outlined' : 'filled'}
      data-state={state}
    />
  );
}
