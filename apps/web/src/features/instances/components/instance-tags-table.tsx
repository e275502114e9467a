import Card from '@mui/material/Card';
import CardHeader from '@mui/material/CardHeader';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { SmallTable } from '../../../components/small-table';
import { sortedTags } from '../utils/instance-tags';

export interface InstanceTagsTableProps {
  tags: Readonly<Record<string, string>>;
  /** The card header's action (the page's tag editor buttons). */
  action?: ReactNode;
}

export function InstanceTagsTable({ tags, action }: InstanceTagsTableProps): ReactNode {
  const rows = sortedTags(tags);
  return (
    <Card>
      <CardHeader
        title="Tags"
        action={action}
        slotProps={{ title: { variant: 'h3', component: 'h2' } }}
      />
      <SmallTable
        label="Tags"
        columns={['Key', 'Value']}
        count={rows.length}
        empty="No tags besides the name."
        emptySx={{ px: 2, pb: 2 }}
      >
        {rows.map(([key, value]) => (
          <TableRow key={key}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{key}</TableCell>
            <TableCell sx={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{value}</TableCell>
          </TableRow>
        ))}
      </SmallTable>
    </Card>
  );
}
