import { INSTANCE_ACTIONS, TRACE_OUTCOMES } from '@fleet/contract';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import { TRACE_WINDOWS, type TraceFilters, type TraceWindow } from '../utils/trace-filters';

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

type TextKey = 'instance' | 'user' | 'function';

/** Time, outcome, action, function, instance, user and latency: choices apply at once, text on Search. */
export function TraceSearchBar({ filters, onChange }: TraceSearchBarProps): ReactNode {
  const [text, setText] = useState({
    instance: filters.instance ?? '',
    user: filters.user ?? '',
    function: filters.function ?? '',
    minLatencyMs: filters.minLatencyMs ? String(filters.minLatencyMs) : '',
  });
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
    <Stack
      component="form"
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      onSubmit={submit}
      aria-label="Search traces"
    >
      <TextField
        select
        size="small"
        label="Time"
        value={filters.from ? 'custom' : filters.window}
        onChange={(event) =>
          choose({ window: event.target.value as TraceWindow, from: undefined, to: undefined })
        }
        sx={{ width: 170 }}
      >
        {(Object.keys(TRACE_WINDOWS) as TraceWindow[]).map((window) => (
          <MenuItem key={window} value={window}>
            {WINDOW_LABELS[window]}
          </MenuItem>
        ))}
        {filters.from ? <MenuItem value="custom">From the link</MenuItem> : null}
      </TextField>
      <TextField
        select
        size="small"
        label="Outcome"
        value={filters.outcome ?? ''}
        onChange={(event) =>
          choose({ outcome: (event.target.value || undefined) as TraceFilters['outcome'] })
        }
        sx={{ width: 130 }}
        slotProps={{ htmlInput: { 'data-testid': 'trace-filter-outcome' } }}
      >
        <MenuItem value="">Any</MenuItem>
        {TRACE_OUTCOMES.map((outcome) => (
          <MenuItem key={outcome} value={outcome}>
            {outcome}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Action"
        value={filters.action ?? ''}
        onChange={(event) =>
          choose({ action: (event.target.value || undefined) as TraceFilters['action'] })
        }
        sx={{ width: 130 }}
      >
        <MenuItem value="">Any</MenuItem>
        {INSTANCE_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {action}
          </MenuItem>
        ))}
      </TextField>
      {field('function', 'Function', 170)}
      {field('instance', 'Instance', 190)}
      {field('user', 'User', 190)}
      {field('minLatencyMs', 'Slower than (ms)', 140)}
      <TextField
        select
        size="small"
        label="Order"
        value={filters.sort}
        onChange={(event) => choose({ sort: event.target.value as TraceFilters['sort'] })}
        sx={{ width: 130 }}
      >
        <MenuItem value="newest">Newest</MenuItem>
        <MenuItem value="slowest">Slowest</MenuItem>
      </TextField>
      <Button type="submit" variant="outlined">
        Search
      </Button>
    </Stack>
  );
}
