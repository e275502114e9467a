// The tools over the Audit page's records, apart from index.ts: the page loads them lazily (the
// Button and the CSV writer they bring), so the records draw first, in space kept for them.
export { ExportCsvButton } from './components/export-csv-button';
export { VerifyChainButton } from './components/verify-chain-button';
