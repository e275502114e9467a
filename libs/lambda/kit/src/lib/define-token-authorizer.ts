import { toAuthorizerContext, type Principal } from '@fleet/access';
import middy, { type MiddyfiedHandler } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { traceAuthorizer, UNAUTHORIZED } from './middleware/trace-authorizer';
import { logger } from './observability';

/** Verifies a bearer token and answers who it belongs to; throws for any token it refuses. */
export type TokenVerification = (token: string) => Promise<Principal>;

/**
 * `arn:aws:execute-api:<region>:<account>:<api>/<stage>/*` — the whole API, every method. API
 * Gateway caches an authorizer's answer per token, so a policy naming only the first route (or
 * method) called would refuse the caller everywhere else until the cache expires.
 *
 * @example
 * wholeApiArn('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/instances');
 * // 'arn:aws:execute-api:us-east-1:123456789012:abc123/prod/*'
 */
export function wholeApiArn(methodArn: string): string {
  // The API id ends the ARN's first part: `…:<api>/<stage>/<METHOD>/<path>`.
  const [api, stage] = methodArn.split('/');
  return `${api}/${stage}/*`;
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) throw new Error('no bearer token in the Authorization header');
  return match[1];
}

/**
 * Wraps token verification as an API Gateway TOKEN authorizer with the same Tracer and Logger as
 * every function (a refused token is traced as a 4xx `error`, not a fault). A verified token → `Allow` on the whole API with the principal as string
 * context; anything else → `Unauthorized` (API Gateway answers 401), logged with the reason and
 * never with the token.
 *
 * @example
 * export const handler = defineTokenAuthorizer((token) => verifier.verify(token));
 */
export function defineTokenAuthorizer(
  verify: TokenVerification,
): MiddyfiedHandler<APIGatewayTokenAuthorizerEvent, APIGatewayAuthorizerResult> {
  return middy<APIGatewayTokenAuthorizerEvent, APIGatewayAuthorizerResult>()
    .use(traceAuthorizer())
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event) => {
      let principal: Principal;
      try {
        principal = await verify(bearerToken(event.authorizationToken));
      } catch (error) {
        logger.warn('token refused', {
          reason: error instanceof Error ? error.message : String(error),
        });
        // The exact message API Gateway (and serverless-offline) turn into a 401.
        throw new Error(UNAUTHORIZED);
      }
      logger.info('caller admitted', {
        caller: principal.sub,
        roles: principal.roles,
        teams: principal.teams,
      });
      return {
        principalId: principal.sub,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'execute-api:Invoke',
              Effect: 'Allow',
              Resource: wholeApiArn(event.methodArn),
            },
          ],
        },
        context: { ...toAuthorizerContext(principal) },
      };
    });
}
