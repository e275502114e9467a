import type { InstancePage } from '@fleet/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { useListInstances } from '../api/list-instances';
import { toListInstancesParams } from '../utils/instance-list-search';
import { useCursorStack, type CursorStackControls } from './use-cursor-stack';
import { useInstanceListView, type InstanceListViewControls } from './use-instance-list-view';

export interface InstanceListState extends InstanceListViewControls {
  query: UseQueryResult<InstancePage, Error>;
  paging: CursorStackControls;
}

/** The instance list as one unit: URL-held view, page cursors and the query they make. */
export function useInstanceList(): InstanceListState {
  const viewControls = useInstanceListView();
  const paging = useCursorStack();
  const query = useListInstances(toListInstancesParams(viewControls.view, paging.cursor));
  return { ...viewControls, query, paging };
}
