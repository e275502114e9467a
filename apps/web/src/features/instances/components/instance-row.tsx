import type { Instance } from '@fleet/contract';
import { styled } from '@mui/material/styles';
import { LazyCheckbox as Checkbox } from '../../../components/lazy-checkbox';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo, type MouseEvent, type ReactNode } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { EMPTY_VALUE } from '../../../lib/format';
import type { InstanceColumn } from '../utils/instance-columns';
import { PINNED, ROW_CELL } from '../utils/row-cell-styles';
import { stickyCell } from '../utils/sticky-cells';
import { ENVIRONMENT_TAG_NAMES, TEAM_TAG_NAMES, findTag } from '../utils/instance-tags';
import { InstanceLink } from './instance-link';
import { InstanceStateChip } from './instance-state-chip';
import { LaunchTime } from './launch-time';

export interface InstanceRowProps {
  instance: Instance;
  /** The columns shown, in order. */
  columns: readonly InstanceColumn[];
  /** A phone's screen: the name cell carries the state and type under the name. */
  phone?: boolean | undefined;
  /** Mouse users may click anywhere on the row; keyboard users arrow to the name link (a grid). */
  onOpen: (instance: Instance) => void;
  /** The CPU cell's content (a sparkline), drawn by the page: metrics are another feature. */
  renderCpu?: ((instance: Instance) => ReactNode) | undefined;
  /** The Status checks and Alarms cells, drawn by the page: health is another feature. */
  renderHealth?: ((instance: Instance, part: 'checks' | 'alarms') => ReactNode) | undefined;
  /** The row's action menu, drawn by the page: actions are another feature. */
  renderActions?: ((instance: Instance) => ReactNode) | undefined;
  /** Present when rows can be selected for bulk actions. */
  selected?: boolean | undefined;
  /** Selection is full: unselected rows cannot join. */
  selectDisabled?: boolean | undefined;
  onToggleSelected?: ((instance: Instance) => void) | undefined;
}

// A page draws 50 rows: what a row holds is styled once here, not with `sx` or Typography in
// each row (their styles were worked out again for every row, every time a page drew).
const Mono = styled('span')({ fontFamily: 'monospace' });
const Unnamed = styled('span')({ fontStyle: 'italic', fontWeight: 400 });
/** A phone has room for Name and little else: its state and type ride along under it. */
const PhoneSummary = styled('span')(({ theme }) => ({
  display: 'flex',
  gap: theme.spacing(1),
  alignItems: 'center',
  marginTop: theme.spacing(0.5),
}));
const SELECT_CELL = stickyCell('select');
const ACTIONS_CELL = stickyCell('actions');
const PINNED_CELL = { [PINNED]: true };

/** A value worth copying (an id, an IP) in monospace with its copy button, or the empty mark. */
function Copyable({ value, label }: { value: string | null; label: string }): ReactNode {
  if (!value) return EMPTY_VALUE;
  return (
    <>
      <Mono>{value}</Mono>
      <CopyButton value={value} label={label} />
    </>
  );
}

function cellContent(
  column: InstanceColumn['id'],
  instance: Instance,
  phone: boolean,
  renderCpu: InstanceRowProps['renderCpu'],
  renderHealth?: InstanceRowProps['renderHealth'],
): ReactNode {
  switch (column) {
    case 'name':
      return (
        <>
          <InstanceLink
            region={instance.region}
            id={instance.id}
            label={instance.name ? undefined : `Unnamed instance ${instance.id}`}
          >
            {/* The id is in the next column: say the name is missing instead of repeating it. */}
            {instance.name ?? <Unnamed>unnamed</Unnamed>}
          </InstanceLink>
          {/* Drawn on phones only: hidden with CSS it still cost two styled elements a row. */}
          {phone ? (
            <PhoneSummary>
              <InstanceStateChip state={instance.state} />
              {instance.type} · {instance.availabilityZone ?? instance.region}
            </PhoneSummary>
          ) : null}
        </>
      );
    case 'id':
      return <Copyable value={instance.id} label="instance id" />;
    case 'state':
      return <InstanceStateChip state={instance.state} />;
    case 'cpu':
      return renderCpu ? renderCpu(instance) : EMPTY_VALUE;
    case 'checks':
    case 'alarms':
      return renderHealth ? renderHealth(instance, column) : EMPTY_VALUE;
    case 'type':
      return instance.type;
    case 'region':
      return instance.region;
    case 'availabilityZone':
      return instance.availabilityZone ?? EMPTY_VALUE;
    case 'privateIp':
      return <Copyable value={instance.privateIp} label="private IP" />;
    case 'publicIp':
      return <Copyable value={instance.publicIp} label="public IP" />;
    case 'launchTime':
      return <LaunchTime launchTime={instance.launchTime} />;
    case 'team':
      return findTag(instance.tags, TEAM_TAG_NAMES) ?? EMPTY_VALUE;
    case 'environment':
      return findTag(instance.tags, ENVIRONMENT_TAG_NAMES) ?? EMPTY_VALUE;
  }
}

/**
 * One instance's row. Memoized: a new answer for the page's other queries (summary, sparklines,
 * health) re-renders the page, and re-rendering every row each time blocked the main thread for
 * a few hundred milliseconds (Lighthouse TBT). Every prop the page passes is stable for it.
 */
export const InstanceRow = memo(function InstanceRow({
  instance,
  columns,
  phone = false,
  onOpen,
  renderCpu,
  renderHealth,
  renderActions,
  selected,
  selectDisabled,
  onToggleSelected,
}: InstanceRowProps): ReactNode {
  function handleClick(event: MouseEvent<HTMLTableRowElement>): void {
    // Links and tooltips handle their own clicks; a drag that selects text (to copy an IP) is not a click.
    if ((event.target as HTMLElement).closest('a, button, input, [role="menu"], [role="dialog"]'))
      return;
    if (window.getSelection()?.toString()) return;
    onOpen(instance);
  }

  return (
    <TableRow
      hover
      onClick={handleClick}
      data-testid="instance-row"
      data-instance-id={instance.id}
      data-region={instance.region}
      data-team={findTag(instance.tags, TEAM_TAG_NAMES) ?? ''}
      selected={selected === true}
      // The grid's rows say whether they are selected, as the checkbox does for the mouse's users.
      aria-selected={onToggleSelected ? selected === true : undefined}
    >
      {onToggleSelected ? (
        <TableCell padding="checkbox" sx={SELECT_CELL} {...PINNED_CELL}>
          <Checkbox
            checked={selected === true}
            disabled={selectDisabled === true && selected !== true}
            onChange={() => onToggleSelected(instance)}
            slotProps={{ input: { 'aria-label': `Select ${instance.name ?? instance.id}` } }}
            data-testid="select-instance"
          />
        </TableCell>
      ) : null}
      {columns.map((column) => (
        // Plain cells, styled by the table once for all rows (rowCellStyles).
        <td
          key={column.id}
          className={ROW_CELL}
          data-column={column.id}
          {...(column.id === 'name' ? PINNED_CELL : undefined)}
        >
          {cellContent(column.id, instance, phone, renderCpu, renderHealth)}
        </td>
      ))}
      {renderActions ? (
        <TableCell padding="checkbox" data-column="actions" sx={ACTIONS_CELL} {...PINNED_CELL}>
          {renderActions(instance)}
        </TableCell>
      ) : null}
    </TableRow>
  );
});
