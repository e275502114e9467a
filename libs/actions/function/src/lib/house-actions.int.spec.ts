import type { DemoUserKey } from '@fleet/demo-users';
import { actionRoute, itActsAndRecords, itDeniesAndRecords, type ActionCase } from '@fleet/testing';

// defineInstanceAction on the house's own actions, over HTTP: what every action shares, one row
// an action. Each function's own suite tests what is particular to it (stop and terminate act
// there, with their reason and protection rules).
const actsFrom: readonly (ActionCase & { readonly path: string })[] = [
  {
    path: '/instances/start',
    action: 'start',
    ec2Action: 'StartInstances',
    from: 'stopped',
    stateAfter: 'pending',
    settles: 'running',
  },
  {
    path: '/instances/reboot',
    action: 'reboot',
    ec2Action: 'RebootInstances',
    from: 'running',
    stateAfter: 'running',
  },
];

const deniedTo: readonly {
  readonly path: string;
  readonly team: string;
  readonly action: ActionCase['action'];
  readonly as: DemoUserKey;
  readonly body?: Readonly<Record<string, unknown>>;
}[] = [
  { path: '/instances/start', team: 'payments', action: 'start', as: 'viewer' },
  { path: '/instances/stop', team: 'payments', action: 'stop', as: 'viewer' },
  { path: '/instances/reboot', team: 'payments', action: 'reboot', as: 'viewer' },
  {
    path: '/instances/terminate',
    team: 'data',
    action: 'terminate',
    as: 'operator',
    body: { reason: 'cleanup' },
  },
  {
    path: '/instances/protection',
    team: 'platform',
    action: 'protect',
    as: 'operator',
    body: { disableApiTermination: true },
  },
];

describe.each(actsFrom)('POST $path by an operator of the team', (row) => {
  itActsAndRecords(actionRoute(row.path, { team: 'payments', as: 'operator' }), row);
});

describe.each(deniedTo)('POST $path by a caller without the permission', (row) => {
  itDeniesAndRecords(actionRoute(row.path, { team: row.team }), row);
});
