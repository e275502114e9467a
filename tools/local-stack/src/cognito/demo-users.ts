/** The demo users `npm start` creates and prints: one per role, viewers of two different teams. */
export interface DemoUser {
  readonly key: 'admin' | 'operator' | 'sre' | 'viewer-payments' | 'viewer-search';
  readonly email: string;
  readonly groups: readonly string[];
}

// Local only: the local Cognito holds nothing but these demo users; AWS stages have none.
export const DEMO_PASSWORD = 'Fleet-Console-2026!';

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'admin', email: 'admin@example.com', groups: ['admins'] },
  { key: 'operator', email: 'operator@example.com', groups: ['operators', 'team-payments'] },
  // In no team: an SRE reads every team's instances, audit, traces and health.
  { key: 'sre', email: 'sre@example.com', groups: ['sres'] },
  {
    key: 'viewer-payments',
    email: 'viewer.payments@example.com',
    groups: ['viewers', 'team-payments'],
  },
  { key: 'viewer-search', email: 'viewer.search@example.com', groups: ['viewers', 'team-search'] },
];
