/** The teams of the seeded organisation, with their services, owner and cost centre. */
export interface TeamProfile {
  readonly team: string;
  readonly services: readonly string[];
  readonly owner: string;
  readonly costCenter: string;
}

/** The five teams of the seeded organisation. */
export const TEAMS: readonly TeamProfile[] = [
  {
    team: 'payments',
    services: ['api', 'ledger', 'worker', 'gateway'],
    owner: 'alice.moreau@example.com',
    costCenter: 'CC-1040',
  },
  {
    team: 'search',
    services: ['api', 'indexer', 'query', 'crawler'],
    owner: 'bruno.silva@example.com',
    costCenter: 'CC-1210',
  },
  {
    team: 'platform',
    services: ['ingress', 'bastion', 'ci-runner', 'monitoring'],
    owner: 'chen.wei@example.com',
    costCenter: 'CC-1001',
  },
  {
    team: 'data',
    services: ['etl', 'kafka', 'spark', 'warehouse-loader'],
    owner: 'dana.okafor@example.com',
    costCenter: 'CC-1300',
  },
  {
    team: 'identity',
    services: ['auth', 'sso', 'directory', 'token'],
    owner: 'emil.novak@example.com',
    costCenter: 'CC-1120',
  },
];

/** The `Environment` tag values. */
export type Environment = 'production' | 'staging' | 'development';

/** Short forms used in instance names (`payments-api-prod-03`). */
export const ENVIRONMENT_SHORT: Readonly<Record<Environment, string>> = {
  production: 'prod',
  staging: 'stg',
  development: 'dev',
};

/** Production dominates real fleets; development is the smallest but most often stopped. */
export const ENVIRONMENT_WEIGHTS: readonly (readonly [Environment, number])[] = [
  ['production', 0.5],
  ['staging', 0.28],
  ['development', 0.22],
];

/** Instance types by how a service is sized; burstable types dominate outside production. */
export const TYPES_BY_ENVIRONMENT: Readonly<Record<Environment, readonly string[]>> = {
  production: [
    'm6i.large',
    'm6i.xlarge',
    'm5.xlarge',
    'm7g.large',
    'c6g.xlarge',
    'c7i.large',
    'r6g.large',
    'r5.xlarge',
    't3.large',
    't4g.large',
  ],
  staging: ['t3.medium', 't3.large', 't4g.medium', 'm6i.large', 'c6g.large', 't3a.medium'],
  development: ['t3.micro', 't3.small', 't4g.small', 't4g.micro', 't3a.small', 't3.medium'],
};
