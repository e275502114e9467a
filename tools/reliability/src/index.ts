export { SCENARIOS } from './scenarios';
export { contractFuzzing } from './scenarios/contract-fuzzing';
export { FULL_COUNTS, SHORT_COUNTS, type Scenario, type ScenarioCounts } from './lib/scenario';
export { rowHolds, runScenario, type ReliabilityRow } from './lib/run-scenario';
export { reliabilityTable, routeTable } from './lib/table';
