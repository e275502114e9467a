// The filter bar's own public entry point, apart from index.ts: the list page loads it lazily
// (Autocomplete, Select and Popper are ≈ 20 KB gzip), so the rows draw first.
export {
  InstancesFilterBar,
  type InstancesFilterBarProps,
} from './components/instances-filter-bar';
