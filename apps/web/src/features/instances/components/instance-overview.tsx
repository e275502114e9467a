import type { InstanceConfiguration, Instance } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
// Network, security and storage come with the page (≈ 1 KB gzip): fetched after it, the card drew
// over a placeholder of a guessed height (240 px, where it draws 390 and more) and moved the Tags
// card under it.
import { InstanceConfigurationCard } from './instance-configuration-card';
import { InstanceDetailsCard } from './instance-details-card';
import { InstanceTagsTable } from './instance-tags-table';

export interface InstanceOverviewProps {
  instance: Instance;
  /** Absent from an older API: the panel is then left out. */
  configuration?: InstanceConfiguration | undefined;
  /** The tag editor's buttons, drawn by the page: actions are another feature. */
  tagsAction?: ReactNode;
  /** The change-type button beside the instance type, drawn by the page. */
  typeAction?: ReactNode;
}

/** The "Overview" tab: what EC2 says about the instance. */
export function InstanceOverview({
  instance,
  configuration,
  tagsAction,
  typeAction,
}: InstanceOverviewProps): ReactNode {
  return (
    <Stack spacing={2}>
      <InstanceDetailsCard instance={instance} typeAction={typeAction} />
      {configuration ? <InstanceConfigurationCard configuration={configuration} /> : null}
      <InstanceTagsTable tags={instance.tags} action={tagsAction} />
    </Stack>
  );
}
