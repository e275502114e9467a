// The Traces area's own entry point, apart from index.ts: the router loads it lazily, so no other
// page carries the waterfall or the charts.
export { TracesPage } from './components/traces-page';
export { TracePage } from './components/trace-page';
export { HealthPage } from './components/health-page';
