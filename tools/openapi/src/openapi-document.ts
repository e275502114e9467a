import { API_ROUTES, ApiErrorSchema, type ApiRoute } from '@fleet/contract';
import { jsonSchemaOf, type JsonSchema } from './json-schema';

const ERROR = { $ref: '#/components/schemas/ApiError' };
const ERROR_ANSWERS: Record<string, string> = {
  '400': 'The input is invalid: the message names the field',
  '401': "No valid ID token of the stage's user pool",
  '403': "The caller's role or teams do not allow this",
  '429': 'Throttled (stage or method limit): retry after Retry-After seconds',
  '500': 'The API could not answer',
  '503': 'AWS is unavailable or throttling: retry after Retry-After seconds',
};

/** OpenAPI parameters from an object schema's properties (path or query). */
function parameters(schema: JsonSchema, where: 'path' | 'query'): object[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (schema.required ?? []).includes(name),
    schema: property,
  }));
}

function operation(route: ApiRoute): object {
  const params = [
    ...(route.params ? parameters(jsonSchemaOf(route.params, 'input'), 'path') : []),
    ...(route.query ? parameters(jsonSchemaOf(route.query, 'input'), 'query') : []),
  ];
  return {
    operationId: route.operationId,
    summary: route.summary,
    'x-permission': route.permission,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchemaOf(route.response, 'output') } },
      },
      ...Object.fromEntries(
        Object.entries(ERROR_ANSWERS).map(([status, description]) => [
          status,
          { description, content: { 'application/json': { schema: ERROR } } },
        ]),
      ),
    },
  };
}

/**
 * The OpenAPI 3.1 description of the whole API, from the contract's route table and schemas
 * (zod's `toJSONSchema`). Documentation only: API Gateway does not validate with it, since its
 * validation would answer before the authorizer's role check.
 *
 * @example
 * openApiDocument().openapi; // '3.1.0'
 */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fleet console API',
      version: '1',
      description:
        "Every route needs a Cognito ID token of the stage's user pool (Authorization header); the caller's role and teams decide what it may see and do. Errors answer { code, message, requestId }.",
    },
    servers: [
      {
        url: 'https://{api}.execute-api.{region}.amazonaws.com/{stage}',
        variables: {
          api: { default: 'api-id' },
          region: { default: 'us-east-1' },
          stage: { default: 'prod' },
        },
      },
    ],
    security: [{ idToken: [] }],
    paths,
    components: {
      securitySchemes: {
        idToken: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'A Cognito ID token',
        },
      },
      schemas: { ApiError: jsonSchemaOf(ApiErrorSchema, 'output') },
    },
  };
}
