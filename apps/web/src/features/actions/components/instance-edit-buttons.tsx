import type { Architecture } from '@fleet/contract';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Suspense, useState, type ReactNode } from 'react';
import type { Permission } from '@fleet/access';
import { PermittedAction } from '../../auth';
import type { ActionTarget } from '../utils/action-target';
import { lazyNamed } from '../../../lib/lazy-named';

// Each dialog is its own chunk, fetched when a button is first pressed.
const TagsDialog = lazyNamed(() => import('./tags-dialog'), 'TagsDialog');
const TeamDialog = lazyNamed(() => import('./team-dialog'), 'TeamDialog');
const ResizeDialog = lazyNamed(() => import('./resize-dialog'), 'ResizeDialog');

type Open = 'tags' | 'team' | null;

/** The Tags card's edits, each with its own dialog. */
const TAG_EDITS = [
  { dialog: 'tags', permission: 'instances:tag', label: 'Edit tags', testId: 'edit-tags' },
  { dialog: 'team', permission: 'instances:tag-team', label: 'Move to team', testId: 'move-team' },
] as const;

interface EditButtonProps {
  permission: Permission;
  label: string;
  testId: string;
  disabled?: boolean;
  title?: string;
  onClick: () => void;
}

function EditButton({
  permission,
  label,
  testId,
  disabled,
  title,
  onClick,
}: EditButtonProps): ReactNode {
  return (
    <PermittedAction permission={permission}>
      {({ disabled: denied }) => (
        <Button
          size="small"
          variant="outlined"
          disabled={denied || disabled === true}
          title={title}
          onClick={onClick}
          data-testid={testId}
        >
          {label}
        </Button>
      )}
    </PermittedAction>
  );
}

export interface TagEditButtonsProps {
  target: ActionTarget;
  onActed?: (() => void) | undefined;
}

/** The Tags card's buttons: "Edit tags" (operators, admins) and "Move to team" (admins). */
export function TagEditButtons({ target, onActed }: TagEditButtonsProps): ReactNode {
  const [open, setOpen] = useState<Open>(null);
  const gone = target.state === 'terminated' || target.state === 'shutting-down';
  const close = (): void => setOpen(null);
  return (
    <Stack direction="row" spacing={1}>
      {TAG_EDITS.map(({ dialog, ...edit }) => (
        <EditButton key={dialog} {...edit} disabled={gone} onClick={() => setOpen(dialog)} />
      ))}
      <Suspense fallback={null}>
        {open === 'tags' ? <TagsDialog target={target} onClose={close} onActed={onActed} /> : null}
        {open === 'team' ? <TeamDialog target={target} onClose={close} onActed={onActed} /> : null}
      </Suspense>
    </Stack>
  );
}

export interface ResizeButtonProps {
  target: ActionTarget;
  currentType: string;
  /** From the instance's configuration; without it the choices cannot be listed. */
  architecture: Architecture | null;
  onActed?: (() => void) | undefined;
}

/** "Change type" beside the instance type (operators, admins); the dialog says to stop first. */
export function ResizeButton({
  target,
  currentType,
  architecture,
  onActed,
}: ResizeButtonProps): ReactNode {
  const [open, setOpen] = useState(false);
  const stopped = target.state === 'stopped';
  return (
    <>
      <EditButton
        permission="instances:resize"
        label="Change type"
        testId="change-type"
        disabled={architecture === null}
        title={stopped ? undefined : 'EC2 changes the type only while the instance is stopped.'}
        onClick={() => setOpen(true)}
      />
      <Suspense fallback={null}>
        {open && architecture ? (
          <ResizeDialog
            target={target}
            currentType={currentType}
            architecture={architecture}
            onClose={() => setOpen(false)}
            onActed={onActed}
          />
        ) : null}
      </Suspense>
    </>
  );
}
