import { fromAuthorizerContext, teamScopeOf } from '@fleet/access';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { AnnotationValue } from './trace-annotations';

/** The flags X-Ray sets from a status: 4xx an error (429 also a throttle), 5xx a fault. */
export interface AnswerFlags {
  readonly error: boolean;
  readonly throttle: boolean;
  readonly fault: boolean;
}

/** What the kit learns of one invocation from its request and its final answer. */
export interface AnswerFacts {
  readonly status: number;
  readonly flags: AnswerFlags;
  /** The `{ code, message }` of an error answer: the cause of an error or fault. */
  readonly cause?: { readonly code: string; readonly message: string };
  readonly annotations: Record<string, AnnotationValue | undefined>;
  /** Per-outcome counts of an action answer (`succeeded`, `refused`, …). */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly action?: string;
}

/**
 * Flags of an answer as X-Ray's own services set them.
 *
 * @example
 * flagsOf(429); // { error: true, throttle: true, fault: false }
 */
export function flagsOf(status: number): AnswerFlags {
  return {
    error: status >= 400 && status < 500,
    throttle: status === 429,
    fault: status >= 500,
  };
}

type Body = Record<string, unknown>;

const ACTION_VERBS = new Set(['start', 'stop', 'reboot', 'terminate', 'protect']);

const asBody = (value: unknown): Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};

const refsOf = (body: Body): { region?: unknown; id?: unknown }[] =>
  Array.isArray(body.instances)
    ? (body.instances as { region?: unknown; id?: unknown }[])
    : body.id !== undefined
      ? [{ region: body.region, id: body.id }]
      : [];

function regionsOf(event: APIGatewayProxyEvent, body: Body): string | undefined {
  const regions = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value !== '')
      for (const region of value.split(',')) regions.add(region.trim());
  };
  add(event.pathParameters?.region);
  add(event.queryStringParameters?.region);
  add(event.queryStringParameters?.regions);
  for (const ref of refsOf(body)) add(ref.region);
  return regions.size > 0 ? [...regions].sort().join(',') : undefined;
}

function instancesOf(event: APIGatewayProxyEvent, body: Body): string[] {
  const ids = refsOf(body).flatMap((ref) => (typeof ref.id === 'string' ? [ref.id] : []));
  if (typeof event.pathParameters?.id === 'string') ids.push(event.pathParameters.id);
  return ids;
}

function outcomesOf(answer: Body): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!Array.isArray(answer.results)) return counts;
  for (const result of answer.results as { outcome?: unknown }[])
    if (typeof result.outcome === 'string')
      counts[result.outcome] = (counts[result.outcome] ?? 0) + 1;
  return counts;
}

function instanceCountOf(answer: Body, requested: number): number | undefined {
  if (Array.isArray(answer.items)) return answer.items.length;
  if (Array.isArray(answer.results)) return answer.results.length;
  return requested > 0 ? requested : undefined;
}

/**
 * Reads an invocation's request and final answer into what traces and metrics record: who
 * called (role, team scope, user), what (route, action, regions, instances), what came of it
 * (status, flags, outcome counts, error code). Pure: the answer is the object the function
 * returned or the error body the kit built.
 *
 * @example
 * const facts = answerFacts('list-instances', 'instances:read', event, 200, { items: [] });
 */
export function answerFacts(
  functionName: string,
  permission: string,
  event: APIGatewayProxyEvent,
  status: number,
  answerBody: unknown,
): AnswerFacts {
  const answer = asBody(answerBody);
  const requestBody = asBody(event.body);
  const principal = fromAuthorizerContext(event.requestContext?.authorizer);
  const instances = instancesOf(event, requestBody);
  const outcomes = outcomesOf(answer);
  // A refused caller gets no action in the answer: the permission names what was attempted.
  const verb = permission.split(':')[1] ?? '';
  const action =
    typeof answer.action === 'string'
      ? answer.action
      : permission.startsWith('instances:') && ACTION_VERBS.has(verb)
        ? verb
        : undefined;
  const code = typeof answer.code === 'string' ? answer.code : undefined;
  const message = typeof answer.message === 'string' ? answer.message : '';
  const scope = principal ? teamScopeOf(principal) : undefined;
  const teamScope = scope === undefined ? 'all' : scope.join(',') || 'none';
  return {
    status,
    flags: flagsOf(status),
    ...(status >= 400 && code ? { cause: { code, message } } : {}),
    outcomes,
    ...(action ? { action } : {}),
    annotations: {
      function: functionName,
      route: `${event.httpMethod} ${event.resource ?? event.path}`,
      status,
      role: principal ? principal.roles.join(',') || 'none' : undefined,
      teamScope: principal ? teamScope : undefined,
      user: principal ? principal.email || principal.sub : undefined,
      regions: regionsOf(event, requestBody),
      instanceCount: instanceCountOf(answer, instances.length),
      instances: instances.length > 0 ? instances.join(',') : undefined,
      action,
      errorCode: status >= 400 ? code : undefined,
      ...Object.fromEntries(
        Object.entries(outcomes).map(([outcome, count]) => [`outcome_${outcome}`, count]),
      ),
    },
  };
}
