export { traceFilterOf, traceWindowOf } from './lib/trace-filter';
export { outcomeOf, waterfallOf, type SegmentEntity } from './lib/waterfall';
