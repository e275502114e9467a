import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { Request } from '@middy/core';
import { packagedStack, NO_AWS_CREDENTIALS, type Template } from './packaged-stack';
import { runCommand } from './run-command';
import { allOfType, onlyOfType } from './template-queries';

const { checkDashboardOrigin, checkCertificate } = jest.requireActual<{
  checkDashboardOrigin: (stage: string, origin: string, domain: string) => string;
  checkCertificate: (domain: string, arn: string) => string;
}>('../../../infra/stage-params.cjs');

const ORIGIN = 'https://fleet.example.com'; // README.md's example value

/** The headers the functions' chain (@middy/http-security-headers) puts on a JSON answer. */
async function functionSecurityHeaders(): Promise<Record<string, string>> {
  const request = {
    response: { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' },
  } as unknown as Request<APIGatewayProxyEvent, APIGatewayProxyResult>;
  await httpSecurityHeaders().after?.(request);
  return Object.fromEntries(
    Object.entries(request.response?.headers ?? {}).filter(
      ([name, value]) => name !== 'Content-Type' && typeof value === 'string' && value !== '',
    ),
  ) as Record<string, string>;
}

describe('the API edge in the packaged template', () => {
  let template: Template;

  beforeAll(async () => {
    template = (await packagedStack()).template;
  }, 300_000);

  describe('CORS', () => {
    it("answers every preflight for the stage's dashboard origin only", () => {
      const preflights = allOfType(template, 'AWS::ApiGateway::Method').filter(
        ([, method]) => method.Properties['HttpMethod'] === 'OPTIONS',
      );

      expect(preflights.length).toBeGreaterThan(5);
      for (const [id, method] of preflights) {
        const headers = (
          method.Properties['Integration'] as {
            IntegrationResponses: { ResponseParameters: Record<string, string> }[];
          }
        ).IntegrationResponses[0]?.ResponseParameters;
        expect({
          id,
          origin: headers?.['method.response.header.Access-Control-Allow-Origin'],
        }).toEqual({ id, origin: `'${ORIGIN}'` });
        expect(headers?.['method.response.header.Access-Control-Allow-Headers']).toContain(
          'Idempotency-Key',
        );
      }
    });

    it('gives every function the same origin for its own CORS answers', () => {
      for (const [id, fn] of allOfType(template, 'AWS::Lambda::Function')) {
        const variables = (fn.Properties['Environment'] as { Variables: Record<string, string> })
          .Variables;
        expect({ id, origin: variables['CORS_ALLOWED_ORIGINS'] }).toEqual({ id, origin: ORIGIN });
      }
    });

    it("refuses '*' and a missing origin on every stage but local", () => {
      expect(checkDashboardOrigin('local', '*', '')).toBe('*');
      expect(checkDashboardOrigin('local', '', '')).toBe('*');
      expect(checkDashboardOrigin('prod', '', 'fleet.example.com')).toBe(ORIGIN);
      expect(() => checkDashboardOrigin('prod', '*', '')).toThrow(/only on the local stage/);
      expect(() => checkDashboardOrigin('dev', 'http://fleet.example.com', '')).toThrow(/https/);
      expect(() => checkDashboardOrigin('dev', `${ORIGIN}/app`, '')).toThrow(/no path/);
      expect(() => checkCertificate('fleet.example.com', '')).toThrow(/us-east-1/);
      expect(() =>
        checkCertificate(
          'fleet.example.com',
          'arn:aws:acm:eu-west-1:123456789012:certificate/ab-12',
        ),
      ).toThrow(/us-east-1/);
    });

    it('fails to package a non-local stage that names no dashboard origin', async () => {
      const failure = await runCommand(
        'npx',
        ['serverless', 'print', '--stage', 'dev', '--path', 'custom.dashboardOrigin'],
        NO_AWS_CREDENTIALS,
      ).then(
        () => 'resolved',
        (error: { stdout?: string; stderr?: string }) => `${error.stdout}${error.stderr}`,
      );

      expect(failure).toContain('stage "dev" needs the dashboard\'s origin');
    }, 120_000);
  });

  describe('gateway responses', () => {
    const responses = (): Map<string, Record<string, unknown>> =>
      new Map(
        allOfType(template, 'AWS::ApiGateway::GatewayResponse').map(([, response]) => [
          response.Properties['ResponseType'] as string,
          response.Properties,
        ]),
      );

    it('covers refusals, throttling and every other 4xx and 5xx', () => {
      expect([...responses().keys()].sort()).toEqual([
        'ACCESS_DENIED',
        'DEFAULT_4XX',
        'DEFAULT_5XX',
        'THROTTLED',
        'UNAUTHORIZED',
      ]);
      expect(responses().get('THROTTLED')?.['StatusCode']).toBe('429');
    });

    it('answers in the API shape { code, message, requestId }', () => {
      for (const [type, response] of responses()) {
        const body = (response['ResponseTemplates'] as Record<string, string>)['application/json']
          ?.replace('$context.error.messageString', '"Missing Authentication Token"')
          .replace('$context.requestId', 'req-1');
        expect({ type, keys: Object.keys(JSON.parse(body ?? '{}') as object) }).toEqual({
          type,
          keys: ['code', 'message', 'requestId'],
        });
      }
    });

    it("carries the functions' security headers and the stage's CORS origin", async () => {
      const expected = Object.entries(await functionSecurityHeaders()).map(
        ([name, value]) => [`gatewayresponse.header.${name}`, `'${value}'`] as const,
      );

      expect(expected.map(([name]) => name)).toEqual(
        expect.arrayContaining([
          'gatewayresponse.header.Strict-Transport-Security',
          'gatewayresponse.header.X-Content-Type-Options',
        ]),
      );
      for (const [type, response] of responses()) {
        const headers = response['ResponseParameters'] as Record<string, string>;
        expect({ type, headers }).toEqual({
          type,
          headers: expect.objectContaining({
            ...Object.fromEntries(expected),
            'gatewayresponse.header.Access-Control-Allow-Origin': `'${ORIGIN}'`,
          }),
        });
      }
      expect(
        (responses().get('THROTTLED')?.['ResponseParameters'] as Record<string, string>)[
          'gatewayresponse.header.Retry-After'
        ],
      ).toBe("'1'");
    });
  });

  describe('throttling', () => {
    interface MethodSetting {
      ResourcePath: string;
      HttpMethod: string;
      ThrottlingRateLimit: number;
      ThrottlingBurstLimit: number;
    }

    it('deploys the stage as its own Stage resource, pointed at the deployment', () => {
      const [deploymentId, deployment] = onlyOfType(template, 'AWS::ApiGateway::Deployment');
      const [, stage] = onlyOfType(template, 'AWS::ApiGateway::Stage');

      expect(deployment.Properties['StageName']).toBeUndefined();
      expect(stage.Properties).toEqual(
        expect.objectContaining({ StageName: 'prod', DeploymentId: { Ref: deploymentId } }),
      );
    });

    it('throttles the whole stage from the stage params, and every action more strictly', () => {
      const settings = onlyOfType(template, 'AWS::ApiGateway::Stage')[1].Properties[
        'MethodSettings'
      ] as MethodSetting[];
      const actions = allOfType(template, 'AWS::ApiGateway::Method')
        .map(([, method]) => method.Properties)
        .filter((method) => !['GET', 'OPTIONS'].includes(method['HttpMethod'] as string));
      const strict = settings.filter((setting) => setting.ResourcePath !== '/*');

      expect(settings[0]).toEqual({
        ResourcePath: '/*',
        HttpMethod: '*',
        ThrottlingRateLimit: 50,
        ThrottlingBurstLimit: 100,
      });
      // Every POST but the sparklines read (custom.throttling.postReads) is an action.
      expect(strict).toHaveLength(actions.length - 1);
      expect(strict.map((setting) => setting.ResourcePath)).toEqual(
        expect.arrayContaining(['/~1instances~1stop', '/~1instances~1terminate']),
      );
      expect(strict.map((setting) => setting.ResourcePath)).not.toContain(
        '/~1metrics~1cpu-sparklines',
      );
      for (const setting of strict) {
        expect(setting).toEqual(
          expect.objectContaining({
            HttpMethod: 'POST',
            ThrottlingRateLimit: 5,
            ThrottlingBurstLimit: 10,
          }),
        );
      }
    });
  });
});
