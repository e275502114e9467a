// The actions feature's public entry point: pages pass these into other features' slots.
export {
  InstanceActionsMenu,
  type InstanceActionsMenuProps,
} from './components/instance-actions-menu';
export { useSelection, type Selection } from './hooks/use-selection';
export { type ActionTarget } from './utils/action-target';
export { ProtectionSummary } from './components/protection-summary';
