import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { OpenMenuProps } from '../../../hooks/use-menu-anchor';
import { useSavedFilters } from '../hooks/use-saved-filters';

/** The open saved-filters menu: apply one, save the current view under a name, or forget them. */
export function SavedFiltersMenu({ anchor, onClose }: OpenMenuProps): ReactNode {
  const saved = useSavedFilters();
  const location = useLocation();
  const navigate = useNavigate();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!name.trim()) return;
    saved.save(name.trim(), location.search);
    onClose();
  }

  if (naming)
    return (
      <Dialog open onClose={onClose} aria-labelledby="save-filters-title">
        <form onSubmit={submit}>
          <DialogTitle id="save-filters-title">Save these filters</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              margin="dense"
              label="Name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              helperText="Kept in this browser only."
              slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'saved-filter-name' } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="contained" data-testid="saved-filter-save">
              Save
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    );

  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {saved.saved.map((item) => (
        <MenuItem
          key={item.name}
          dense
          onClick={() => {
            void navigate({ pathname: location.pathname, search: item.search });
            onClose();
          }}
          data-testid="saved-filter"
        >
          <ListItemText>{item.name}</ListItemText>
        </MenuItem>
      ))}
      {saved.saved.length > 0 ? <Divider /> : null}
      <MenuItem dense onClick={() => setNaming(true)} data-testid="save-current-filters">
        Save current filters…
      </MenuItem>
      {saved.saved.length > 0 ? (
        <MenuItem dense onClick={saved.forgetAll}>
          Forget saved filters
        </MenuItem>
      ) : null}
    </Menu>
  );
}
