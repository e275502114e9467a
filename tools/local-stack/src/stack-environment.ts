import type { LocalStack } from './start-local-stack';

/**
 * The variables through which tests and benchmarks reach a running stack (`@fleet/testing`'s
 * `stackUrls`, `signIn`, `callApi`, `invokeFunction` read them).
 *
 * @example
 * Object.assign(process.env, stackEnvironment(await startLocalStack(options)));
 */
export function stackEnvironment(stack: LocalStack): Record<string, string> {
  return {
    FLEET_API_URL: stack.apiUrl,
    LOCAL_AWS_URL: stack.localAwsUrl,
    ...(stack.webUrl ? { FLEET_WEB_URL: stack.webUrl } : {}),
    FLEET_REGIONS: stack.regions.join(','),
    DYNAMODB_URL: stack.dynamoDbUrl,
    LAMBDA_URL: stack.lambdaUrl,
    COGNITO_ENDPOINT: stack.cognito.endpoint,
    COGNITO_USER_POOL_ID: stack.cognito.userPoolId,
    COGNITO_CLIENT_ID: stack.cognito.clientId,
    COGNITO_ISSUER: stack.cognito.issuer,
    DEMO_PASSWORD: stack.demoPassword,
  };
}
