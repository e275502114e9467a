import { AUDIT_OUTCOMES, INSTANCE_ACTIONS } from '@fleet/contract';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { type FormEvent, type ReactNode } from 'react';
import { ChoiceField } from '../../../components/choice-field';
import { FilterForm } from '../../../components/filter-form';
import { useDraft } from '../../../hooks/use-draft';
import { useAuth } from '../../auth';
import {
  auditFilterCount,
  auditFilterProblems,
  EMPTY_AUDIT_FILTERS,
  resolveActor,
  type AuditFilters,
} from '../utils/audit-filters';
import { useTimeZone, withZone } from '../../../lib/time-zone';
import { fromDateTimeInput, toDateTimeInput } from '../utils/datetime-input';

export interface AuditFilterBarProps {
  filters: AuditFilters;
  regions: readonly string[];
  onChange: (filters: AuditFilters) => void;
}

/** The Audit page's filters; applied together (they live in the URL). */
export function AuditFilterBar({ filters, regions, onChange }: AuditFilterBarProps): ReactNode {
  // The URL changed under us (back button, a link): start again from it.
  const [draft, setDraft] = useDraft(filters);
  function set<K extends keyof AuditFilters>(key: K, value: AuditFilters[K]): void {
    setDraft((current) => ({ ...current, [key]: value }));
  }
  const { principal } = useAuth();
  // From and To are typed on the clock the records' times are shown on.
  const timeZone = useTimeZone();
  // Said as soon as they are typed (or arrive in a link), and applying waits until they are fixed.
  const problems = auditFilterProblems(draft);
  // Whether the filters were applied: not while a field is wrong.
  function submit(event: FormEvent): boolean {
    event.preventDefault();
    const resolved = resolveActor(draft, principal ? [principal] : []);
    setDraft(resolved);
    if (Object.keys(auditFilterProblems(resolved)).length > 0) return false;
    onChange(resolved);
    return true;
  }
  // A typed id, said wrong as soon as it is (and trimmed: pasted ids carry spaces).
  const typed = (key: 'instance' | 'actor', label: string, placeholder?: string): ReactNode => (
    <TextField
      size="small"
      label={label}
      placeholder={placeholder}
      value={draft[key]}
      onChange={(event) => set(key, event.target.value.trim())}
      error={Boolean(problems[key])}
      helperText={problems[key] || undefined}
      slotProps={{ htmlInput: { 'data-testid': `audit-filter-${key}` } }}
    />
  );
  // One of a fixed list of options, or any.
  const choice = <K extends 'region' | 'action' | 'outcome'>(
    key: K,
    label: string,
    options: readonly Exclude<AuditFilters[K], ''>[],
    minWidth: number,
  ): ReactNode => (
    <ChoiceField
      label={label}
      value={draft[key]}
      options={options}
      onChange={(value) => set(key, value as AuditFilters[K])}
      sx={{ minWidth }}
    />
  );
  const time = (key: 'from' | 'to', label: string): ReactNode => (
    <TextField
      size="small"
      type="datetime-local"
      label={withZone(label, timeZone)}
      value={toDateTimeInput(draft[key], timeZone)}
      onChange={(event) => set(key, fromDateTimeInput(event.target.value, timeZone))}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <FilterForm label="Audit filters" onSubmit={submit} set={auditFilterCount(filters)}>
      {choice('region', 'Region', regions, 140)}
      {typed('instance', 'Instance id')}
      {typed('actor', 'Actor', 'User id, or your email')}
      {choice('action', 'Action', INSTANCE_ACTIONS, 120)}
      {choice('outcome', 'Outcome', AUDIT_OUTCOMES, 130)}
      {time('from', 'From')}
      {time('to', 'To')}
      <Button type="submit" variant="contained">
        Apply
      </Button>
      <Button
        onClick={() => {
          // The fields too: what was typed and not applied is not in the URL, so a URL with
          // nothing to clear would not empty them.
          setDraft(EMPTY_AUDIT_FILTERS);
          onChange(EMPTY_AUDIT_FILTERS);
        }}
      >
        Clear
      </Button>
    </FilterForm>
  );
}
