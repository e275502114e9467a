import { INSTANCE_ACTIONS, TRACE_OUTCOMES } from '@fleet/contract';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import { ChoiceField } from '../../../components/choice-field';
import { FilterForm } from '../../../components/filter-form';
import { useDraft } from '../../../hooks/use-draft';
import {
  traceFilterCount,
  TRACE_WINDOWS,
  type TraceFilters,
  type TraceSort,
  type TraceWindow,
} from '../utils/trace-filters';

export interface TraceSearchBarProps {
  filters: TraceFilters;
  onChange: (filters: TraceFilters) => void;
}

const WINDOW_LABELS: Record<TraceWindow, string> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '6h': 'Last 6 hours',
  '24h': 'Last 24 hours',
};

const SORTS: readonly TraceSort[] = ['newest', 'slowest'];
const SORT_LABELS: Record<TraceSort, string> = { newest: 'Newest', slowest: 'Slowest' };

type TextKey = 'instance' | 'user' | 'function';

/** The typed fields as the filters hold them. */
const typedOf = (filters: TraceFilters): Record<TextKey | 'minLatencyMs', string> => ({
  instance: filters.instance ?? '',
  user: filters.user ?? '',
  function: filters.function ?? '',
  minLatencyMs: filters.minLatencyMs ? String(filters.minLatencyMs) : '',
});

/**
 * Time, outcome, action, function, instance, user, latency and CORS preflights (left out unless
 * switched on): choices apply at once, text on Search.
 */
export function TraceSearchBar({ filters, onChange }: TraceSearchBarProps): ReactNode {
  // The URL changed under us (a choice applied, back button, a link): the fields say what it holds.
  const [text, setText] = useDraft(filters, { draftOf: typedOf });
  const choose = (patch: Partial<TraceFilters>): void => onChange({ ...filters, ...patch });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const latency = Number(text.minLatencyMs);
    const typed = Object.fromEntries(
      (['instance', 'user', 'function'] as TextKey[]).map((key) => [
        key,
        text[key].trim() || undefined,
      ]),
    );
    onChange({ ...filters, ...typed, minLatencyMs: latency > 0 ? latency : undefined });
  };
  // One of a fixed list of options, or any; applied at once.
  const anyOf = <K extends 'outcome' | 'action'>(
    key: K,
    label: string,
    options: readonly NonNullable<TraceFilters[K]>[],
  ): ReactNode => (
    <ChoiceField
      label={label}
      value={filters[key] ?? ''}
      options={options}
      onChange={(value) => choose({ [key]: value || undefined })}
      sx={{ width: 130 }}
      testId={`trace-filter-${key}`}
    />
  );
  const field = (key: keyof typeof text, label: string, width: number): ReactNode => (
    <TextField
      size="small"
      label={label}
      value={text[key]}
      onChange={(event) => setText({ ...text, [key]: event.target.value })}
      sx={{ width }}
      slotProps={{ htmlInput: { 'data-testid': `trace-filter-${key}` } }}
    />
  );
  return (
    <FilterForm label="Search traces" onSubmit={submit} set={traceFilterCount(filters)}>
      <ChoiceField
        label="Time"
        value={filters.from ? 'custom' : filters.window}
        options={Object.keys(TRACE_WINDOWS) as TraceWindow[]}
        labelOf={(window) => WINDOW_LABELS[window]}
        any={false}
        onChange={(window) =>
          choose({ window: window as TraceWindow, from: undefined, to: undefined })
        }
        sx={{ width: 170 }}
      >
        {filters.from ? <MenuItem value="custom">From the link</MenuItem> : null}
      </ChoiceField>
      {anyOf('outcome', 'Outcome', TRACE_OUTCOMES)}
      {anyOf('action', 'Action', INSTANCE_ACTIONS)}
      {field('function', 'Function', 170)}
      {field('instance', 'Instance', 190)}
      {field('user', 'User', 190)}
      {field('minLatencyMs', 'Slower than (ms)', 170)}
      <ChoiceField
        label="Order"
        value={filters.sort}
        options={SORTS}
        labelOf={(sort) => SORT_LABELS[sort]}
        any={false}
        onChange={(sort) => choose({ sort: sort as TraceSort })}
        sx={{ width: 130 }}
      />
      <FormControlLabel
        // MUI pulls the label's switch left by its own padding; in a row of fields that lands it
        // on the field before.
        sx={{ ml: 0 }}
        control={
          <Switch
            size="small"
            checked={filters.preflights === 'include'}
            onChange={(event) =>
              choose({ preflights: event.target.checked ? 'include' : undefined })
            }
          />
        }
        label="CORS preflights"
      />
      <Button type="submit" variant="outlined">
        Search
      </Button>
    </FilterForm>
  );
}
