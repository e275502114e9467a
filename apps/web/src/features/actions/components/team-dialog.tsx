import { TEAM_TAG } from '@fleet/fleet';
import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { EditDialog, type EditDialogOpening } from './edit-dialog';

export type TeamDialogProps = EditDialogOpening;

/** What members of the old and new team see after the move, said before and after it. */
function consequence(from: string | undefined, to: string | null): string {
  const leaving = from
    ? `Viewers and operators of ${from} will no longer see this instance: its page answers "not found" and the list drops it at its next refresh; the audit records written so far stay theirs.`
    : '';
  const joining = to
    ? ` Members of ${to} will see it and its new records.`
    : ' Without a Team tag, only admins and SREs see it.';
  return `${leaving}${joining}`.trim();
}

/** Admins: give an instance another team, or none (`POST /instances/team`). */
export function TeamDialog(props: TeamDialogProps): ReactNode {
  const { target } = props;
  const current = target.tags[TEAM_TAG];
  const [team, setTeam] = useState(current ?? '');
  const wanted = team.trim() === '' ? null : team.trim();
  const edit = wanted === (current ?? null) ? null : { team: wanted };

  return (
    <EditDialog
      {...props}
      action="tag-team"
      title={(name) => `Move ${name} to another team`}
      submitLabel={wanted ? `Move to ${wanted}` : 'Remove the Team tag'}
      edit={edit}
      afterNote={<Alert severity="info">{consequence(current, wanted)}</Alert>}
    >
      <DialogContentText>
        The Team tag decides who sees and acts on an instance. It is now{' '}
        {current ? <strong>{current}</strong> : 'not set'}.
      </DialogContentText>
      <TextField
        label="Team"
        value={team}
        onChange={(event) => setTeam(event.target.value)}
        helperText="Leave empty to remove the tag."
        slotProps={{ htmlInput: { maxLength: 256, 'data-testid': 'team-field' } }}
      />
      {edit ? <Alert severity="warning">{consequence(current, wanted)}</Alert> : null}
    </EditDialog>
  );
}
