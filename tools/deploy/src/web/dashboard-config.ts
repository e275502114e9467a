/** What the dashboard reads from `/config.json` (apps/web/src/config/runtime-config.ts checks it). */
export interface DashboardConfig {
  readonly apiUrl: string;
  readonly regions: readonly string[];
  readonly stage: string;
  readonly cognito: {
    readonly region: string;
    readonly userPoolId: string;
    readonly clientId: string;
    /** Only for a local Cognito; on AWS the SDK derives it from the region. */
    readonly endpoint?: string;
  };
}

/** The outputs of a deployed stack (`aws cloudformation describe-stacks`), by key. */
export type StackOutputs = Readonly<Record<string, string>>;

function required(outputs: StackOutputs, key: string): string {
  const value = outputs[key];
  if (!value) throw new Error(`the stack has no output ${key}: deploy the whole stack first`);
  return value;
}

/** A comma-separated region list, as stage params and environment variables give it. */
export function regionList(value: string): string[] {
  return value
    .split(',')
    .map((region) => region.trim())
    .filter((region) => region.length > 0);
}

/**
 * config.json of a deployed stage, from its stack's outputs: the build knows no stage, so the
 * same files serve every stage and only this file differs.
 *
 * @example
 * dashboardConfigFromOutputs(
 *   { ServiceEndpoint: 'https://abc.execute-api.eu-west-1.amazonaws.com/prod', FleetRegions: 'eu-west-1',
 *     UserPoolId: 'eu-west-1_Ab12', UserPoolClientId: '7d4uf4e9h2' },
 *   { stage: 'prod', region: 'eu-west-1' },
 * ).cognito.userPoolId; // 'eu-west-1_Ab12'
 */
export function dashboardConfigFromOutputs(
  outputs: StackOutputs,
  stack: { readonly stage: string; readonly region: string },
): DashboardConfig {
  return {
    apiUrl: required(outputs, 'ServiceEndpoint').replace(/\/$/, ''),
    regions: regionList(required(outputs, 'FleetRegions')),
    stage: stack.stage,
    cognito: {
      region: stack.region,
      userPoolId: required(outputs, 'UserPoolId'),
      clientId: required(outputs, 'UserPoolClientId'),
    },
  };
}
