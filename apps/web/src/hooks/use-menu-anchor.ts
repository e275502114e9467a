import { useState, type MouseEvent } from 'react';

/** What every open menu is given: the button it hangs from, and how to close it. */
export interface OpenMenuProps {
  anchor: HTMLElement;
  onClose: () => void;
}

/** What the button that opens a menu carries: its click opens the menu, and ARIA says so. */
export interface MenuTriggerProps {
  'aria-haspopup': 'menu';
  'aria-expanded': 'true' | undefined;
  'aria-controls': string | undefined;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

export interface MenuAnchor {
  /** The open menu's props (spread them onto it); `null` while the menu is closed. */
  open: OpenMenuProps | null;
  close: () => void;
  /** Spread onto the button that opens the menu. */
  triggerProps: MenuTriggerProps;
}

/**
 * The open/closed state of a menu opened from a button, the way every menu of the dashboard
 * keeps it: the clicked button is the anchor, and closing forgets it.
 *
 * @param menuId the open menu's id, for `aria-controls` while it is open (when it has one).
 * @example
 * const menu = useMenuAnchor();
 * <Button {...menu.triggerProps}>Columns</Button>
 * <WhenOpen value={menu.open}>{(open) => <ColumnChooserMenu {...open} choice={choice} />}</WhenOpen>
 */
export function useMenuAnchor(menuId?: string): MenuAnchor {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = (): void => setAnchor(null);
  return {
    open: anchor ? { anchor, onClose: close } : null,
    close,
    triggerProps: {
      'aria-haspopup': 'menu',
      'aria-expanded': anchor ? 'true' : undefined,
      'aria-controls': anchor ? menuId : undefined,
      onClick: (event) => setAnchor(event.currentTarget),
    },
  };
}
