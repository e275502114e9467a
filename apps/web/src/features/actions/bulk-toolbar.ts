// The bulk toolbar's own public entry point, apart from index.ts: the list page loads it lazily,
// once rows are selected (it brings the shared action rule and its wording).
export { BulkActionToolbar, type BulkActionToolbarProps } from './components/bulk-action-toolbar';
