// "Instance not found", apart from index.ts: the instance page loads it lazily (Alert and its
// icons), as only a stale or mistyped address needs it.
export { InstanceNotFound, type InstanceNotFoundProps } from './components/instance-not-found';
