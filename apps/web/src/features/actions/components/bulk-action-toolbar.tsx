import { offeredAction } from '@fleet/actions-domain';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useBorderBoxHeight } from '../../../hooks/use-border-box-height';
import { WhenOpen } from '../../../components/when-open';
import { PermittedAction } from '../../auth';
import {
  ACTION_LABELS,
  ACTION_PERMISSIONS,
  MENU_ACTIONS,
  knownFlags,
  type ActionTarget,
  type MenuAction,
} from '../utils/action-target';
import { lazyNamed } from '../../../lib/lazy-named';

// The dialog (and what only it needs) is fetched when an action is chosen.
const ActionDialog = lazyNamed(() => import('./action-dialog'), 'ActionDialog');

export interface BulkActionToolbarProps {
  targets: readonly ActionTarget[];
  /** The API's cap on one request. */
  max: number;
  onClear: () => void;
  onActed?: () => void;
}

// Where the bar sticks: this far above the window's foot.
const BAR_BOTTOM_PX = 16;

/**
 * The selected rows an action applies to, by the API's own precondition (`offeredAction`): a
 * running instance is not offered Start, a stopped one not Stop or Reboot.
 */
function applicableTo(action: MenuAction, targets: readonly ActionTarget[]): ActionTarget[] {
  return targets.filter(
    (target) => offeredAction(action, target, knownFlags(target.protection)).kind === 'act',
  );
}

/** The label of a bulk button: how many of the selection it would act on, when not all. */
function bulkLabel(action: MenuAction, applicable: number, selected: number): string {
  return applicable === selected || applicable === 0
    ? ACTION_LABELS[action]
    : `${ACTION_LABELS[action]} ${applicable} of ${selected}`;
}

/**
 * The selected rows' actions: one request for all of them, a result per instance. Each button
 * follows the selection's states through the rule the API applies: it acts only on the rows the
 * action applies to, and is disabled when it applies to none.
 */
export function BulkActionToolbar({
  targets,
  max,
  onClear,
  onActed,
}: BulkActionToolbarProps): ReactNode {
  const [action, setAction] = useState<MenuAction | null>(null);
  const [barRef, height] = useBorderBoxHeight<HTMLDivElement>();
  if (targets.length === 0) return null;
  return (
    // Set apart by a primary outline, not a grey fill: the fill took the buttons' text under 4.5:1
    // (Terminate's red 3.9:1 in light mode, 3.2:1 in dark). Sticky at the window's foot, over the
    // rows (above their pinned cells), with a shadow to say so; at the page's end it rests under
    // the paging, covering none of it.
    <Paper
      ref={barRef}
      variant="outlined"
      // A landmark: after the table in the page, a screen reader's user can reach it at once.
      role="region"
      aria-label="Selected instances"
      sx={{
        px: 2,
        py: 1,
        borderColor: 'primary.main',
        position: 'sticky',
        bottom: BAR_BOTTOM_PX,
        zIndex: 'fab',
        boxShadow: 6,
      }}
      data-testid="bulk-toolbar"
    >
      {/* The bar lies over the rows: a row the keyboard focuses is scrolled into view above it. */}
      <GlobalStyles styles={{ html: { scrollPaddingBottom: height + BAR_BOTTOM_PX + 8 } }} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body2" sx={{ mr: 1 }} data-testid="selected-count">
          {targets.length} selected{targets.length >= max ? ` (the most one action takes)` : ''}
        </Typography>
        {MENU_ACTIONS.map((item) => {
          const applicable = applicableTo(item, targets).length;
          return (
            <PermittedAction key={item} permission={ACTION_PERMISSIONS[item]}>
              {({ disabled }) => (
                <Button
                  size="small"
                  variant="outlined"
                  color={item === 'terminate' ? 'error' : 'primary'}
                  disabled={disabled || applicable === 0}
                  onClick={() => setAction(item)}
                  data-testid={`bulk-${item}`}
                  data-applicable={applicable}
                >
                  {bulkLabel(item, applicable, targets.length)}
                </Button>
              )}
            </PermittedAction>
          );
        })}
        <Button size="small" onClick={onClear} sx={{ ml: 'auto' }}>
          Clear selection
        </Button>
      </Stack>
      <WhenOpen value={action}>
        {(chosen) => (
          <ActionDialog
            action={chosen}
            targets={applicableTo(chosen, targets)}
            onClose={() => setAction(null)}
            {...(onActed ? { onActed } : {})}
          />
        )}
      </WhenOpen>
    </Paper>
  );
}
