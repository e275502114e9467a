// The metrics feature's public entry point. The Monitoring tab loads its charts lazily itself, so
// importing this index never pulls Recharts into the first page.
export { InstanceMonitoringTab } from './components/instance-monitoring-tab';
export {
  MetricsColumnsProvider,
  renderCpuCell,
  renderHealthCell,
} from './components/metrics-columns';
export type { HealthPart } from './components/instance-health-cell';
