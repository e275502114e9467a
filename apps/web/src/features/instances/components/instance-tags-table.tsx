import Card from '@mui/material/Card';
import CardHeader from '@mui/material/CardHeader';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
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
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          No tags besides the name.
        </Typography>
      ) : (
        <Table size="small" aria-label="Tags">
          <TableHead>
            <TableRow>
              <TableCell>Key</TableCell>
              <TableCell>Value</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([key, value]) => (
              <TableRow key={key}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{key}</TableCell>
                <TableCell sx={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
                  {value}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
