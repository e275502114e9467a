import type { InstanceState } from '@fleet/contract';
import type { ReactNode } from 'react';
import { Pill } from '../../../components/pill';
import { instanceStateColor } from '../utils/instance-state-color';

export interface InstanceStateChipProps {
  state: InstanceState;
  size?: 'small' | 'medium';
}

export function InstanceStateChip({ state, size = 'small' }: InstanceStateChipProps): ReactNode {
  const color = instanceStateColor(state);
  return (
    // Tinted for the states that need attention at a glance; outlined for the calm ones.
    <Pill
      color={color}
      size={size}
      variant={color === 'default' ? 'outlined' : 'tinted'}
      data-state={state}
    >
      {state}
    </Pill>
  );
}
