import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { PermittedAction } from '../../auth';
import {
  ACTION_LABELS,
  ACTION_PERMISSIONS,
  MENU_ACTIONS,
  type ActionTarget,
  type MenuAction,
} from '../utils/action-target';

// The dialog (and what only it needs) is fetched when an action is chosen.
const ActionDialog = lazy(async () => ({
  default: (await import('./action-dialog')).ActionDialog,
}));

export interface BulkActionToolbarProps {
  targets: readonly ActionTarget[];
  /** The API's cap on one request. */
  max: number;
  onClear: () => void;
  onActed?: () => void;
}

/** The selected rows' actions: one request for all of them, a result per instance. */
export function BulkActionToolbar({
  targets,
  max,
  onClear,
  onActed,
}: BulkActionToolbarProps): ReactNode {
  const [action, setAction] = useState<MenuAction | null>(null);
  if (targets.length === 0) return null;
  return (
    <Paper
      variant="outlined"
      sx={{ px: 2, py: 1, bgcolor: 'action.selected' }}
      data-testid="bulk-toolbar"
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body2" sx={{ mr: 1 }} data-testid="selected-count">
          {targets.length} selected{targets.length >= max ? ` (the most one action takes)` : ''}
        </Typography>
        {MENU_ACTIONS.map((item) => (
          <PermittedAction key={item} permission={ACTION_PERMISSIONS[item]}>
            {({ disabled }) => (
              <Button
                size="small"
                variant="outlined"
                color={item === 'terminate' ? 'error' : 'primary'}
                disabled={disabled}
                onClick={() => setAction(item)}
                data-testid={`bulk-${item}`}
              >
                {ACTION_LABELS[item]}
              </Button>
            )}
          </PermittedAction>
        ))}
        <Button size="small" onClick={onClear} sx={{ ml: 'auto' }}>
          Clear selection
        </Button>
      </Stack>
      {action ? (
        <Suspense fallback={null}>
          <ActionDialog
            action={action}
            targets={targets}
            onClose={() => setAction(null)}
            {...(onActed ? { onActed } : {})}
          />
        </Suspense>
      ) : null}
    </Paper>
  );
}
