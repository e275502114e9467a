import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { auditFiltersToSearch, parseAuditFilters, type AuditFilters } from '../utils/audit-filters';

/** The Audit page's filters, read from and written to the URL (so a link shares the view). */
export function useAuditFilters(): [AuditFilters, (filters: AuditFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: AuditFilters) => setSearchParams((current) => auditFiltersToSearch(next, current)),
    [setSearchParams],
  );
  return [filters, setFilters];
}
