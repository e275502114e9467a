// The traces feature's public entry point for the rest of the dashboard: only the light link
// to a trace. The Traces area's pages load lazily from ./traces-area.
export { TraceLink, type TraceLinkProps } from './components/trace-link';
