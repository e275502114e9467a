import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Where the dashboard signs users in: a Cognito user pool and its app client (no secret). */
export interface CognitoConfigFile {
  region: string;
  userPoolId: string;
  clientId: string;
  /** Only for a local Cognito; on AWS the SDK derives the endpoint from the region. */
  endpoint?: string;
}

/** What `GET /config.json` answers; the dashboard validates it again with its own schema. */
export interface RuntimeConfigFile {
  apiUrl: string;
  regions: string[];
  stage: string;
  cognito: CognitoConfigFile;
}

function cognitoFromEnv(env: NodeJS.ProcessEnv): CognitoConfigFile {
  const endpoint = env['FLEET_COGNITO_ENDPOINT'];
  return {
    region: env['FLEET_COGNITO_REGION'] || 'us-east-1',
    // Empty when unset: the dashboard's schema then names the missing variable's field, which is
    // clearer than a made-up pool id that fails later at sign-in.
    userPoolId: env['FLEET_COGNITO_USER_POOL_ID'] || '',
    clientId: env['FLEET_COGNITO_CLIENT_ID'] || '',
    // Left out rather than empty: on AWS there is no endpoint to give.
    ...(endpoint ? { endpoint } : {}),
  };
}

/**
 * Reads the dashboard's run-time settings from the environment of the Vite process.
 *
 * @example
 * runtimeConfigFromEnv({ FLEET_REGIONS: 'us-east-1, eu-west-1' }).regions; // ['us-east-1', 'eu-west-1']
 */
export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv): RuntimeConfigFile {
  return {
    apiUrl: env['FLEET_API_URL'] || 'http://localhost:3000',
    regions: (env['FLEET_REGIONS'] || 'us-east-1,eu-west-1,ap-southeast-2')
      .split(',')
      .map((region) => region.trim())
      .filter((region) => region.length > 0),
    stage: env['FLEET_STAGE'] || 'local',
    cognito: cognitoFromEnv(env),
  };
}

/**
 * Serves `/config.json` from the dev server and from `vite preview`, so one build runs on every
 * stage: deployed stages upload their own config.json beside index.html instead.
 * The environment is read per request so a long-running preview picks up no stale bundle value.
 *
 * @example
 * defineConfig({ plugins: [react(), runtimeConfigPlugin()] });
 */
export function runtimeConfigPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  function serveConfig(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/config.json') return next();
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    // A stage's settings may change between runs of the same build: never let a browser keep them.
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(runtimeConfigFromEnv(env)));
  }

  return {
    name: 'fleet-runtime-config',
    configureServer(server) {
      server.middlewares.use(serveConfig);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveConfig);
    },
  };
}
