import { readEdgeFile } from './infra-file';

/** The parameters of the policy template: where the dashboard may connect to. */
export interface EdgeOrigins {
  /** e.g. `https://abc123.execute-api.eu-west-1.amazonaws.com` or `http://127.0.0.1:3000` */
  readonly apiOrigin: string;
  /** e.g. `https://cognito-idp.eu-west-1.amazonaws.com` or a local Cognito's origin */
  readonly cognitoOrigin: string;
}

interface PolicyTemplate {
  SecurityHeadersConfig: {
    ContentSecurityPolicy: { ContentSecurityPolicy: string };
    StrictTransportSecurity: {
      AccessControlMaxAgeSec: number;
      IncludeSubdomains?: boolean;
      Preload?: boolean;
    };
    ContentTypeOptions: object;
    FrameOptions: { FrameOption: string };
    ReferrerPolicy: { ReferrerPolicy: string };
  };
  CustomHeadersConfig: { Items: { Header: string; Value: string }[] };
}

/** Fills `${ApiOrigin}` and `${CognitoOrigin}` as CloudFormation's Fn::Sub does on AWS. */
function substitute(template: string, origins: EdgeOrigins): string {
  const values: Record<string, string> = {
    ApiOrigin: origins.apiOrigin,
    CognitoOrigin: origins.cognitoOrigin,
  };
  return template.replace(/\$\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`the policy template has an unknown parameter ${name}`);
    return value;
  });
}

/**
 * The response headers CloudFront adds to every dashboard file, computed from the same policy
 * template (infra/edge/security-headers.json) the deployed response-headers policy is built from.
 *
 * @example
 * dashboardSecurityHeaders({ apiOrigin: 'http://127.0.0.1:3000', cognitoOrigin: 'http://127.0.0.1:9229' })[
 *   'X-Frame-Options'
 * ]; // 'DENY'
 */
export function dashboardSecurityHeaders(origins: EdgeOrigins): Record<string, string> {
  const policy = JSON.parse(readEdgeFile('security-headers.json')) as PolicyTemplate;
  const security = policy.SecurityHeadersConfig;
  const hsts = security.StrictTransportSecurity;
  return {
    'Content-Security-Policy': substitute(
      security.ContentSecurityPolicy.ContentSecurityPolicy,
      origins,
    ),
    'Strict-Transport-Security': [
      `max-age=${hsts.AccessControlMaxAgeSec}`,
      ...(hsts.IncludeSubdomains ? ['includeSubDomains'] : []),
      ...(hsts.Preload ? ['preload'] : []),
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': security.FrameOptions.FrameOption,
    'Referrer-Policy': security.ReferrerPolicy.ReferrerPolicy,
    ...Object.fromEntries(
      policy.CustomHeadersConfig.Items.map((item) => [item.Header, item.Value]),
    ),
  };
}
