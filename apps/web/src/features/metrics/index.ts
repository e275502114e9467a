// The metrics feature's public entry point. The Monitoring tab loads its charts lazily itself, so
// importing this index never pulls Recharts into the first page.
export { InstanceMonitoringTab } from './components/instance-monitoring-tab';
export { useCpuSparklineColumn } from './hooks/use-cpu-sparkline-column';
export { useInstanceHealthColumns } from './hooks/use-instance-health-column';
export type { HealthPart } from './components/instance-health-cell';
