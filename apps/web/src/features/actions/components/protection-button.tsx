import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { WhenOpen } from '../../../components/when-open';
import { lazyNamed } from '../../../lib/lazy-named';
import { PermittedAction } from '../../auth';
import type { ActionTarget } from '../utils/action-target';

// The dialog (its form fields and confirmation) is fetched on first press, as the other actions'.
const ProtectionDialog = lazyNamed(() => import('./protection-dialog'), 'ProtectionDialog');

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
      <WhenOpen value={open ? target : null}>
        {(opened) => (
          <ProtectionDialog
            target={opened}
            onClose={() => setOpen(false)}
            {...(onActed ? { onActed } : {})}
          />
        )}
      </WhenOpen>
    </>
  );
}
