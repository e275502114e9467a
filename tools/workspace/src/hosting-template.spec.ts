import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packagedStack, type Template } from './packaged-stack';
import { WORKSPACE_ROOT } from './run-command';
import { evaluateCondition, onlyOfType, runViewerRequest } from './template-queries';

// AWS's managed "CachingDisabled" cache policy.
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

interface Behaviour {
  PathPattern?: string;
  CachePolicyId: unknown;
  ResponseHeadersPolicyId: unknown;
  ViewerProtocolPolicy: string;
  FunctionAssociations?: { EventType: string; FunctionARN: unknown }[];
}

describe('the dashboard hosting in the packaged template', () => {
  let template: Template;
  let distribution: Record<string, unknown>;
  let behaviours: Behaviour[];

  beforeAll(async () => {
    const stack = await packagedStack();
    console.log(`serverless package --stage prod (no credentials): ${stack.seconds.toFixed(1)} s`);
    template = stack.template;
    distribution = onlyOfType(template, 'AWS::CloudFront::Distribution')[1].Properties[
      'DistributionConfig'
    ] as Record<string, unknown>;
    behaviours = [
      distribution['DefaultCacheBehavior'] as Behaviour,
      ...(distribution['CacheBehaviors'] as Behaviour[]),
    ];
  }, 300_000);

  it('keeps the bucket private, encrypted, versioned and reachable over TLS only', () => {
    const bucket = template.Resources['DashboardBucket'];
    const statements = (
      template.Resources['DashboardBucketPolicy']?.Properties['PolicyDocument'] as {
        Statement: { Effect: string; Condition?: unknown; Resource: unknown }[];
      }
    ).Statement;

    expect(bucket?.Type).toBe('AWS::S3::Bucket');
    expect(bucket?.Properties['PublicAccessBlockConfiguration']).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(JSON.stringify(bucket?.Properties['BucketEncryption'])).toContain('SSEAlgorithm');
    expect(bucket?.Properties['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Resource: [
          { 'Fn::GetAtt': ['DashboardBucket', 'Arn'] },
          { 'Fn::Sub': '${DashboardBucket.Arn}/*' },
        ],
      }),
    );
  });

  it('lets only this distribution read and list the bucket, through Origin Access Control', () => {
    const origins = distribution['Origins'] as Record<string, unknown>[];
    const statements = (
      template.Resources['DashboardBucketPolicy']?.Properties['PolicyDocument'] as {
        Statement: { Effect: string; Principal: unknown; Action: string; Condition?: unknown }[];
      }
    ).Statement.filter((statement) => statement.Effect === 'Allow');

    expect(origins).toHaveLength(1);
    expect(origins[0]?.['OriginAccessControlId']).toEqual({
      'Fn::GetAtt': ['DashboardOriginAccessControl', 'Id'],
    });
    expect(onlyOfType(template, 'AWS::CloudFront::OriginAccessControl')[1].Properties).toEqual({
      OriginAccessControlConfig: expect.objectContaining({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
      }),
    });
    // ListBucket: a missing key is a 404, not a 403.
    expect(statements.map((statement) => statement.Action).sort()).toEqual([
      's3:GetObject',
      's3:ListBucket',
    ]);
    for (const statement of statements) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(statement.Condition)).toContain(
        'distribution/${DashboardDistribution}',
      );
    }
  });

  it('rewrites extension-less paths to /index.html and leaves files alone, so a missing asset is a 404', async () => {
    const fn = onlyOfType(template, 'AWS::CloudFront::Function')[1].Properties;
    const code = fn['FunctionCode'] as string;

    expect(code).toBe(await readFile(join(WORKSPACE_ROOT, 'infra/edge/spa-fallback.js'), 'utf8'));
    expect(fn['FunctionConfig']).toEqual(expect.objectContaining({ Runtime: 'cloudfront-js-2.0' }));
    expect(behaviours[0]?.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': ['DashboardRouteFunction', 'FunctionMetadata.FunctionARN'] },
      },
    ]);
    expect(runViewerRequest(code, '/')).toBe('/index.html');
    expect(runViewerRequest(code, '/instances/eu-west-1/i-0abc')).toBe('/index.html');
    expect(runViewerRequest(code, '/audit')).toBe('/index.html');
    expect(runViewerRequest(code, '/assets/index-Dx3k.js')).toBe('/assets/index-Dx3k.js');
    expect(runViewerRequest(code, '/assets/missing.css')).toBe('/assets/missing.css');
    // No error page turns a missing file into index.html.
    expect(distribution['CustomErrorResponses']).toBeUndefined();
  });

  it('sends the one security-header policy, with script-src self and the stage API and Cognito origins', async () => {
    const policy = onlyOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy');
    const config = policy[1].Properties['ResponseHeadersPolicyConfig'] as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    };
    const security = config.SecurityHeadersConfig;
    const [csp, params] = (
      security['ContentSecurityPolicy']?.['ContentSecurityPolicy'] as {
        'Fn::Sub': [string, Record<string, { 'Fn::Sub': string }>];
      }
    )['Fn::Sub'];
    const file = JSON.parse(
      await readFile(join(WORKSPACE_ROOT, 'infra/edge/security-headers.json'), 'utf8'),
    ) as { SecurityHeadersConfig: Record<string, Record<string, unknown>> };
    const directives = new Map(
      csp.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );

    expect(csp).toBe(
      file.SecurityHeadersConfig['ContentSecurityPolicy']?.['ContentSecurityPolicy'],
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(
      /unsafe-eval|unsafe-hashes|'strict-dynamic'|script-src[^;]*unsafe-inline/,
    );
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", '${ApiOrigin}', '${CognitoOrigin}']);
    expect(params['ApiOrigin']?.['Fn::Sub']).toContain('${ApiGatewayRestApi}.execute-api.');
    expect(params['CognitoOrigin']?.['Fn::Sub']).toContain('cognito-idp.${AWS::Region}');
    expect(security['StrictTransportSecurity']).toEqual(
      expect.objectContaining({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true }),
    );
    expect(security['ContentTypeOptions']).toEqual({ Override: true });
    expect(security['FrameOptions']).toEqual({ Override: true, FrameOption: 'DENY' });
    expect(security['ReferrerPolicy']?.['ReferrerPolicy']).toBe('strict-origin-when-cross-origin');
    for (const behaviour of behaviours) {
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: policy[0] });
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    }
  });

  it('keeps hashed assets for a year and never keeps index.html or config.json', () => {
    const byPath = new Map(behaviours.map((behaviour) => [behaviour.PathPattern, behaviour]));
    const policyOf = (path: string | undefined): Record<string, unknown> => {
      const ref = (byPath.get(path)?.CachePolicyId as { Ref: string }).Ref;
      return template.Resources[ref]?.Properties['CachePolicyConfig'] as Record<string, unknown>;
    };

    expect(policyOf('/assets/*')).toEqual(
      expect.objectContaining({ MinTTL: 31536000, DefaultTTL: 31536000, MaxTTL: 31536000 }),
    );
    expect(byPath.get('/index.html')?.CachePolicyId).toBe(CACHING_DISABLED);
    expect(byPath.get('/config.json')?.CachePolicyId).toBe(CACHING_DISABLED);
    // Routes reach index.html through the default behaviour: it keeps nothing the file forbids
    // (index.html is uploaded with no-store) and nothing without a Cache-Control of its own.
    expect(policyOf(undefined)).toEqual(expect.objectContaining({ MinTTL: 0, DefaultTTL: 0 }));
  });

  it("uses CloudFront's default certificate without a custom domain, and TLSv1.2_2021 with one", () => {
    const certificate = distribution['ViewerCertificate'] as {
      'Fn::If': [string, Record<string, unknown>, Record<string, unknown>];
    };
    const [condition, withDomain, withoutDomain] = certificate['Fn::If'];

    expect(condition).toBe('HasDashboardDomain');
    // The README's example has no custom domain: the condition is false, the default certificate is used.
    expect(evaluateCondition(template.Conditions?.[condition])).toBe(false);
    expect(withoutDomain).toEqual({ CloudFrontDefaultCertificate: true });
    expect(withDomain).toEqual(
      expect.objectContaining({
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      }),
    );
  });

  it('names in its outputs what the dashboard deploy needs', () => {
    expect(Object.keys(template.Outputs)).toEqual(
      expect.arrayContaining([
        'DashboardBucketName',
        'DashboardDistributionId',
        'DashboardUrl',
        'ServiceEndpoint',
        'UserPoolId',
        'UserPoolClientId',
      ]),
    );
  });
});
