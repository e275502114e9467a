// `npm start`: the whole product on this machine, no AWS account needed. Ctrl-C stops it all.
// `npm run preview` (--preview): the same, with the dashboard's production build served as
// CloudFront serves it (security headers, route fallback, cache rules from infra/edge).
import { startLocalStack } from './start-local-stack';

async function main(): Promise<void> {
  console.log('Starting the fleet console locally (local AWS, API, dashboard)…');
  const stack = await startLocalStack({
    ports: 'fixed',
    web: process.argv.includes('--preview') ? 'preview' : 'dev',
    output: 'terminal',
    cognitoData: 'persistent',
  });
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    void stack.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  console.log(
    [
      '',
      `  Dashboard  ${stack.webUrl?.replace('127.0.0.1', 'localhost')}`,
      `  API        ${stack.apiUrl}`,
      `  Local AWS  ${stack.localAwsUrl}  (EC2 + CloudWatch; regions: ${stack.regions.join(', ')})`,
      `  DynamoDB   ${stack.dynamoDbUrl}  (tables: ${stack.tables.join(', ') || 'none'})`,
      `  Cognito    ${stack.cognito.endpoint}  (pool ${stack.cognito.userPoolId})`,
      `  X-Ray      ${stack.tracing ? `daemon (UDP) at ${stack.xrayDaemonAddress}; API, and the services' segment uploads, on the local AWS port` : 'off'}`,
      '',
      `  Sign in with any of these (password: ${stack.demoPassword}):`,
      ...stack.demoUsers.map((user) => `    ${user.email.padEnd(30)} ${user.groups.join(', ')}`),
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
