// The list's controls around the rows, apart from index.ts: the list page loads them lazily (with
// the Button and Checkbox they bring), so the rows draw first, in a layout kept for them.
export {
  InstancesListToolbar,
  type InstancesListToolbarProps,
} from './components/instances-list-toolbar';
export {
  InstancesPagination,
  type InstancesPaginationProps,
} from './components/instances-pagination';
