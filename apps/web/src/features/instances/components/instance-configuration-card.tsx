import type { InstanceConfiguration } from '@fleet/contract';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import type { ReactNode } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { EMPTY_VALUE } from '../../../lib/format';
import { DetailsGrid } from './details-grid';
import { roleNameOf } from '../utils/instance-configuration';
import { InstanceVolumesTable } from './instance-volumes-table';

export interface InstanceConfigurationCardProps {
  configuration: InstanceConfiguration;
}

interface Detail {
  label: string;
  value: ReactNode;
  /** Shown with a copy button. */
  copy?: string | null;
}

function details(configuration: InstanceConfiguration): Detail[] {
  const groups = configuration.securityGroups;
  return [
    { label: 'VPC', value: configuration.vpcId, copy: configuration.vpcId },
    { label: 'Subnet', value: configuration.subnetId, copy: configuration.subnetId },
    {
      label: 'Security groups',
      value:
        groups.length === 0
          ? null
          : groups.map((group) => (
              <Box component="span" key={group.groupId} sx={{ display: 'block' }}>
                {group.groupId}
                {group.groupName ? ` (${group.groupName})` : ''}
              </Box>
            )),
    },
    { label: 'Key pair', value: configuration.keyName },
    {
      label: 'IAM role',
      value: roleNameOf(configuration.iamInstanceProfileArn),
      copy: configuration.iamInstanceProfileArn,
    },
    { label: 'AMI', value: configuration.imageId, copy: configuration.imageId },
    { label: 'Architecture', value: configuration.architecture },
    { label: 'Public DNS', value: configuration.publicDnsName, copy: configuration.publicDnsName },
    {
      label: 'Private DNS',
      value: configuration.privateDnsName,
      copy: configuration.privateDnsName,
    },
  ];
}

/**
 * The EC2 console's Networking, Security and Storage details of one instance, from the same
 * `GET /instances/{region}/{id}` answer, drawn with the page.
 */
export function InstanceConfigurationCard({
  configuration,
}: InstanceConfigurationCardProps): ReactNode {
  return (
    <Card data-testid="instance-configuration">
      <CardHeader
        title="Network and security"
        slotProps={{ title: { variant: 'h3', component: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <DetailsGrid
          items={details(configuration).map(({ label, value, copy }) => ({
            label,
            mono: true,
            value: (
              <>
                {value ?? EMPTY_VALUE}
                {copy ? <CopyButton value={copy} label={label} /> : null}
              </>
            ),
          }))}
        />
        <InstanceVolumesTable
          volumes={configuration.volumes}
          rootDevice={configuration.rootDeviceName}
        />
      </CardContent>
    </Card>
  );
}
