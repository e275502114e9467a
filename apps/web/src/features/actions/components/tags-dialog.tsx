import { TEAM_TAG } from '@fleet/fleet';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { tagEditOf, tagKeyProblem, tagRowsOf, type TagRow } from '../utils/tag-edit';
import { EditDialog, type EditDialogOpening } from './edit-dialog';

export type TagsDialogProps = EditDialogOpening;

/** Operators and admins: edit an instance's tags, `Team` excepted (`POST /instances/tags`). */
export function TagsDialog(props: TagsDialogProps): ReactNode {
  const { target } = props;
  const [rows, setRows] = useState<TagRow[]>(() => tagRowsOf(target.tags));
  const edit = tagEditOf(target.tags, rows);
  const team = target.tags[TEAM_TAG];

  function change(index: number, patch: Partial<TagRow>): void {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  return (
    <EditDialog
      {...props}
      action="tag"
      title={(name) => `Tags of ${name}`}
      submitLabel="Save tags"
      edit={edit}
    >
      <DialogContentText>
        {team
          ? `Team (${team}) decides who sees this instance: only admins change it, with "Move to team".`
          : 'This instance has no Team tag: only admins see it until one is given with "Move to team".'}
      </DialogContentText>
      {rows.map((row, index) => {
        const problem =
          row.key === '' && index === rows.length - 1 ? null : tagKeyProblem(row.key, rows);
        return (
          <Stack
            key={index}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
            data-testid="tag-row"
          >
            <TextField
              label="Key"
              size="small"
              value={row.key}
              onChange={(event) => change(index, { key: event.target.value })}
              error={problem !== null}
              helperText={problem ?? ' '}
              slotProps={{ htmlInput: { maxLength: 128, 'data-testid': 'tag-key' } }}
              sx={{ flex: 1 }}
            />
            <TextField
              label="Value"
              size="small"
              value={row.value}
              onChange={(event) => change(index, { value: event.target.value })}
              helperText=" "
              slotProps={{ htmlInput: { maxLength: 256, 'data-testid': 'tag-value' } }}
              sx={{ flex: 1 }}
            />
            <IconButton
              aria-label={`Remove tag ${row.key || 'without a key'}`}
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              sx={{ mt: 0.5 }}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Stack>
        );
      })}
      <Button
        startIcon={<AddIcon />}
        onClick={() => setRows((current) => [...current, { key: '', value: '' }])}
        sx={{ alignSelf: 'flex-start' }}
        data-testid="add-tag"
      >
        Add tag
      </Button>
    </EditDialog>
  );
}
