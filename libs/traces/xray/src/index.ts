export { createTraceReader, type TraceReader, type TraceSearch } from './lib/trace-reader';
export { traceSummaryOf } from './lib/trace-summaries';
