// The row action menu's own entry point, apart from index.ts: the list page loads it lazily (the
// shared action rule and Button come with it), so the rows draw first.
export {
  InstanceActionsMenu,
  type InstanceActionsMenuProps,
} from './components/instance-actions-menu';
