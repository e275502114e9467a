import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useTraceSearch } from '../api/search-traces';
import { useTraceFilters } from '../hooks/use-trace-filters';
import { searchParamsOf, sortTraces } from '../utils/trace-filters';
import { TraceSearchBar } from './trace-search-bar';
import { TraceTable } from './trace-table';

/** `/traces`: search the product's X-Ray traces; each opens as a waterfall. */
export function TracesPage(): ReactNode {
  const [filters, setFilters] = useTraceFilters();
  // The window ends at "now" as of the last search: asked again only on purpose.
  const [now, setNow] = useState(() => Date.now());
  const params = useMemo(() => searchParamsOf(filters, now), [filters, now]);
  const search = useTraceSearch(params);
  const traces = useMemo(
    () => sortTraces(search.data?.items ?? [], filters.sort),
    [search.data, filters.sort],
  );
  return (
    <Stack spacing={2.5}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h1">Traces</Typography>
        <Button onClick={() => setNow(Date.now())}>Refresh</Button>
      </Stack>
      <TraceSearchBar
        filters={filters}
        onChange={(next) => {
          setNow(Date.now());
          setFilters(next);
        }}
      />
      {search.isFetching ? <LinearProgress aria-label="Searching traces" /> : null}
      {search.isError ? <QueryErrorAlert title="Could not search traces" query={search} /> : null}
      {search.isSuccess && traces.length === 0 ? (
        <Typography color="text.secondary">No traces match these filters.</Typography>
      ) : null}
      {traces.length > 0 ? <TraceTable traces={traces} /> : null}
    </Stack>
  );
}
