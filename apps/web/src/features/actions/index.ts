// The actions feature's public entry point: pages pass these into other features' slots.
export {
  InstanceActionsMenu,
  type InstanceActionsMenuProps,
} from './components/instance-actions-menu';
export { useSelection, type Selection } from './hooks/use-selection';
export { type ActionTarget } from './utils/action-target';
export { ProtectionButton, type ProtectionButtonProps } from './components/protection-button';
export { ProtectionSummary } from './components/protection-summary';
export {
  ResizeButton,
  TagEditButtons,
  type ResizeButtonProps,
  type TagEditButtonsProps,
} from './components/instance-edit-buttons';
