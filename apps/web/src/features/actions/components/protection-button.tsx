import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { PermittedAction } from '../../auth';
import type { ActionTarget } from '../utils/action-target';
import { ProtectionDialog } from './protection-dialog';

export interface ProtectionButtonProps {
  target: ActionTarget;
  onActed?: () => void;
}

/** The instance page's protection control: admins only, disabled with the reason for others. */
export function ProtectionButton({ target, onActed }: ProtectionButtonProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <>
      <PermittedAction permission="instances:protect">
        {({ disabled }) => (
          <Button
            variant="outlined"
            startIcon={<ShieldOutlinedIcon />}
            disabled={disabled || target.state === 'terminated'}
            onClick={() => setOpen(true)}
            data-testid="protection-button"
          >
            Protection
          </Button>
        )}
      </PermittedAction>
      {open ? (
        <ProtectionDialog
          target={target}
          onClose={() => setOpen(false)}
          {...(onActed ? { onActed } : {})}
        />
      ) : null}
    </>
  );
}
