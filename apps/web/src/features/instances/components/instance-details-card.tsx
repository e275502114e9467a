import type { Instance } from '@fleet/contract';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import type { ReactNode } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { EMPTY_VALUE, formatDateTime, formatRelativeTime } from '../../../lib/format';
import { useTimeZone } from '../../../lib/time-zone';
import { DetailsGrid } from './details-grid';

export interface InstanceDetailsCardProps {
  instance: Instance;
  /** Drawn beside the instance type (the page's change-type button). */
  typeAction?: ReactNode;
}

function launchedText(launchTime: string | null, timeZone: string | undefined): string {
  const absolute = formatDateTime(launchTime, undefined, timeZone);
  const relative = formatRelativeTime(launchTime);
  return absolute && relative ? `${absolute} (${relative})` : EMPTY_VALUE;
}

// Values worth pasting elsewhere (a terminal, a ticket) get a copy button.
const COPYABLE = new Set(['Private IP', 'Public IP']);

export function InstanceDetailsCard({ instance, typeAction }: InstanceDetailsCardProps): ReactNode {
  const timeZone = useTimeZone();
  const details: [label: string, value: string, mono?: boolean][] = [
    ['Instance type', instance.type],
    ['Availability zone', instance.availabilityZone ?? EMPTY_VALUE],
    ['Private IP', instance.privateIp ?? EMPTY_VALUE, true],
    ['Public IP', instance.publicIp ?? EMPTY_VALUE, true],
    ['Launched', launchedText(instance.launchTime, timeZone)],
    ['Platform', instance.platform],
    ['Lifecycle', instance.lifecycle],
    ['Detailed monitoring', instance.monitoring],
    ['Account', instance.accountId ?? EMPTY_VALUE, true],
  ];
  return (
    <Card>
      <CardHeader title="Details" slotProps={{ title: { variant: 'h3', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>
        <DetailsGrid
          items={details.map(([label, value, mono]) => ({
            label,
            mono: mono === true,
            value: (
              <>
                {value}
                {COPYABLE.has(label) && value !== EMPTY_VALUE ? (
                  <CopyButton value={value} label={label} />
                ) : null}
                {label === 'Instance type' && typeAction ? <> {typeAction}</> : null}
              </>
            ),
          }))}
        />
      </CardContent>
    </Card>
  );
}
