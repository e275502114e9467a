import type { Permission } from '@fleet/access';
import Box from '@mui/material/Box';
import { LazyTooltip as Tooltip } from '../../../components/lazy-tooltip';
import type { ReactElement, ReactNode } from 'react';
import { usePermission } from '../hooks/use-permission';

export interface PermittedActionProps {
  permission: Permission;
  /** Renders the action, disabled when the user lacks the permission. */
  children: (state: { disabled: boolean }) => ReactElement;
}

/**
 * An action the user sees whatever their role, disabled with a tooltip saying who may use it when
 * they may not ("Operators and admins can stop instances; you are a viewer.").
 *
 * @example
 * <PermittedAction permission="instances:stop">
 *   {({ disabled }) => <Button disabled={disabled || busy} onClick={stop}>Stop</Button>}
 * </PermittedAction>
 */
export function PermittedAction({ permission, children }: PermittedActionProps): ReactNode {
  const { allowed, reason } = usePermission(permission);
  if (allowed) return children({ disabled: false });
  return (
    <Tooltip title={reason} describeChild>
      {/* A disabled button fires no events: the wrapper shows the tooltip, and takes focus so
          keyboard users hear why. */}
      <Box
        component="span"
        tabIndex={0}
        data-testid="permission-denied"
        aria-label={reason ?? undefined}
        sx={{ display: 'inline-flex' }}
      >
        {children({ disabled: true })}
      </Box>
    </Tooltip>
  );
}
