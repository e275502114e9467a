export { freeTextMatcher, matchesFreeText } from './lib/free-text';
export { compareInstances, sortKeyOf } from './lib/instance-order';
export {
  decodeCursor,
  encodeCursor,
  queryFingerprint,
  type InstanceCursor,
} from './lib/instance-cursor';
export { pageInstances } from './lib/page-instances';
export { pageSortedRuns, WALK_BUDGET } from './lib/page-sorted-runs';
export { partsFor, sortedIndex, type SortedIndex } from './lib/sorted-index';
export { pageOfRows, topRows, type RankedRow } from './lib/top-rows';
export { teamScopedFilters } from './lib/team-scoped-filters';
export { instanceFilter, type InstanceFilters } from './lib/instance-filters';
export { summarizeInstances } from './lib/summarize-instances';
export {
  createVisibleInstanceFinder,
  type InstanceSource,
  type VisibleInstanceFinder,
} from './lib/visible-instance';
