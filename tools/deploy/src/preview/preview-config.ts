import type { EdgeOrigins } from '../edge/security-headers';
import { regionList, type DashboardConfig } from '../web/dashboard-config';

/** What `npm run preview` serves as /config.json and where its CSP lets the dashboard connect. */
export interface PreviewSettings {
  readonly config: DashboardConfig;
  readonly origins: EdgeOrigins;
}

/**
 * The preview's stage, from the same FLEET_* variables the local stack gives the dev server.
 *
 * @example
 * previewSettings({ FLEET_API_URL: 'http://127.0.0.1:3000' }).origins.apiOrigin; // 'http://127.0.0.1:3000'
 */
export function previewSettings(env: NodeJS.ProcessEnv): PreviewSettings {
  const apiUrl = env['FLEET_API_URL'] || 'http://localhost:3000';
  const region = env['FLEET_COGNITO_REGION'] || 'us-east-1';
  const endpoint = env['FLEET_COGNITO_ENDPOINT'];
  const config: DashboardConfig = {
    apiUrl,
    regions: regionList(env['FLEET_REGIONS'] || 'us-east-1,eu-west-1,ap-southeast-2'),
    stage: env['FLEET_STAGE'] || 'local',
    cognito: {
      region,
      userPoolId: env['FLEET_COGNITO_USER_POOL_ID'] || '',
      clientId: env['FLEET_COGNITO_CLIENT_ID'] || '',
      ...(endpoint ? { endpoint } : {}),
    },
  };
  return {
    config,
    origins: {
      apiOrigin: new URL(apiUrl).origin,
      cognitoOrigin: endpoint
        ? new URL(endpoint).origin
        : `https://cognito-idp.${region}.amazonaws.com`,
    },
  };
}
