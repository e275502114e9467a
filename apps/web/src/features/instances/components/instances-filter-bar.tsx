import {
  INSTANCE_STATES,
  InstanceTypeSchema,
  TagFilterSchema,
  type InstanceState,
} from '@fleet/contract';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { memo, useId, useState, type ReactNode } from 'react';
import { ChipInputFilter } from '../../../components/chip-input-filter';
import { DebouncedSearchField } from '../../../components/debounced-search-field';
import { foldedOnPhone } from '../../../components/filter-bar-layout';
import { FilterFoldButton } from '../../../components/filter-fold-button';
import { MultiSelectFilter } from '../../../components/multi-select-filter';
import { foldedFilterCount, type InstanceListFilters } from '../utils/instance-list-search';
import { FILTER_BAR_LINE } from '../utils/list-controls-layout';

export interface InstancesFilterBarProps {
  filters: InstanceListFilters;
  regions: readonly string[];
  onChange: (patch: Partial<InstanceListFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  canClear: boolean;
  /** `key=value` pairs the caller's instances carry (their teams only), offered as they type. */
  tagSuggestions?: readonly string[];
}

function validateType(value: string): string | null {
  return InstanceTypeSchema.safeParse(value).success
    ? null
    : `"${value}" is not a type like t3.micro`;
}

function validateTag(value: string): string | null {
  return TagFilterSchema.safeParse(value).success ? null : 'Write tags as key=value';
}

/**
 * The list's search box and filters. On a phone the filters after the search fold behind a
 * "Filters" button (they apply at once, so they stay open until it is pressed again).
 *
 * Memoized: a new page of rows re-renders the list page, and the bar (five fields, an
 * Autocomplete among them) redrawn with it lay on the path from a keystroke's answer to its rows;
 * every prop the page passes is stable for it.
 */
export const InstancesFilterBar = memo(function InstancesFilterBar({
  filters,
  regions,
  onChange,
  onClear,
  canClear,
  tagSuggestions,
}: InstancesFilterBarProps): ReactNode {
  const [open, setOpen] = useState(false);
  const foldId = useId();
  return (
    <Stack {...FILTER_BAR_LINE} role="search" aria-label="Filter instances">
      <DebouncedSearchField
        label="Search"
        placeholder="Name, id, IP, tag value…"
        // 150 ms, not the field's 300: a list request is cheap now (the inventory answers a page in
        // 20–70 ms at 10,000 instances, with no EC2 call), a superseded one is cancelled, and the
        // 300 ms pause alone left 100 ms of the 400 ms keystroke-to-rows budget. 150 ms still
        // spares the API a request per letter from anyone typing faster than ~7 keys a second.
        delayMs={150}
        value={filters.q}
        onChange={(q) => onChange({ q }, { replace: true })}
      />
      <FilterFoldButton
        open={open}
        onToggle={() => setOpen(!open)}
        set={foldedFilterCount(filters)}
        controls={foldId}
      />
      {/* Its fields lie in the bar's row as if it were not there (display: contents). */}
      <Box id={foldId} sx={{ display: foldedOnPhone(open, 'contents') }}>
        <MultiSelectFilter
          label="Region"
          options={regions}
          selected={filters.region}
          onChange={(region) => onChange({ region })}
        />
        <MultiSelectFilter<InstanceState>
          label="State"
          options={INSTANCE_STATES}
          selected={filters.state}
          onChange={(state) => onChange({ state })}
        />
        <ChipInputFilter
          label="Type"
          placeholder="t3.micro"
          values={filters.type}
          validate={validateType}
          onChange={(type) => onChange({ type })}
          minWidth={160}
        />
        <ChipInputFilter
          label="Tag"
          placeholder="Team=payments"
          values={filters.tag}
          validate={validateTag}
          onChange={(tag) => onChange({ tag })}
          {...(tagSuggestions ? { options: tagSuggestions } : {})}
          minWidth={220}
        />
        <Button onClick={onClear} disabled={!canClear} sx={{ mt: 0.25 }}>
          Clear filters
        </Button>
      </Box>
    </Stack>
  );
});
