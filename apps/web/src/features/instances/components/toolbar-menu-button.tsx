import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { WhenOpen } from '../../../components/when-open';
import { useMenuAnchor, type OpenMenuProps } from '../../../hooks/use-menu-anchor';

export interface ToolbarMenuButtonProps {
  icon: ReactNode;
  label: string;
  testId: string;
  /** The open menu (lazily fetched, as a rule), given where it hangs and how to close. */
  children: (open: OpenMenuProps) => ReactNode;
}

/**
 * A small button of the list's toolbar that opens a menu.
 *
 * @example
 * <ToolbarMenuButton icon={<ViewColumnOutlinedIcon />} label="Columns" testId="column-chooser">
 *   {(open) => <ColumnChooserMenu {...open} choice={choice} />}
 * </ToolbarMenuButton>
 */
export function ToolbarMenuButton({
  icon,
  label,
  testId,
  children,
}: ToolbarMenuButtonProps): ReactNode {
  const menu = useMenuAnchor();
  return (
    <>
      <Button size="small" startIcon={icon} {...menu.triggerProps} data-testid={testId}>
        {label}
      </Button>
      <WhenOpen value={menu.open}>{children}</WhenOpen>
    </>
  );
}
