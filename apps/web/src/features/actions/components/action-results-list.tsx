import { instanceKey } from '@fleet/fleet';
import type { ActionOutcome, ActionResult } from '@fleet/contract';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { resultDetail } from '../utils/summarise-results';
import { Pill, type PillColor } from '../../../components/pill';
import { TraceLink } from '../../traces';

const OUTCOME_COLORS: Record<ActionOutcome, PillColor> = {
  succeeded: 'success',
  unchanged: 'default',
  refused: 'warning',
  failed: 'error',
};

export interface ActionResultsListProps {
  results: readonly ActionResult[];
  /** A display name per `region/id`, when the page knows one. */
  names?: ReadonlyMap<string, string | null>;
  /** The request's trace, linked for those who may read traces. */
  traceId?: string;
}

/** One line per instance: its outcome, the API's message and the refusal or error code. */
export function ActionResultsList({ results, names, traceId }: ActionResultsListProps): ReactNode {
  return (
    <>
      <List dense disablePadding aria-label="Results per instance">
        {results.map((result) => {
          const key = instanceKey(result);
          const detail = resultDetail(result);
          return (
            <ListItem
              key={key}
              disableGutters
              data-testid="action-result"
              data-instance-id={result.id}
              data-outcome={result.outcome}
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Pill
                      color={OUTCOME_COLORS[result.outcome]}
                      variant={result.outcome === 'unchanged' ? 'outlined' : 'tinted'}
                    >
                      {result.outcome}
                    </Pill>
                    <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                      {names?.get(key) ?? result.id}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {result.region}
                    </Typography>
                  </Stack>
                }
                secondary={detail ? `${result.message} (${detail})` : result.message}
              />
            </ListItem>
          );
        })}
      </List>
      <TraceLink traceId={traceId} />
    </>
  );
}
