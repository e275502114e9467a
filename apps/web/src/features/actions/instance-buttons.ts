// The instance page's action buttons, apart from index.ts: the page loads them lazily (Button and
// the action rules come with them), so the instance's details draw first, in space kept for them.
export { ProtectionButton, type ProtectionButtonProps } from './components/protection-button';
export {
  ResizeButton,
  TagEditButtons,
  type ResizeButtonProps,
  type TagEditButtonsProps,
} from './components/instance-edit-buttons';
