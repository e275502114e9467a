import type { ResolvedConfig } from './serverless-config';

/** A rule of the local AWS's event bus (tools/local-aws, `PUT /_local/events`). */
export interface LocalEventRule {
  readonly name: string;
  readonly pattern: object;
  readonly target: string;
}

/**
 * The stack's EventBridge rules (every `eventBridge` event of every function), each targeting
 * its function through serverless-offline's Lambda invoke endpoint on this stack's own port.
 *
 * @example
 * eventRulesOf(config, 'local', 'http://127.0.0.1:3002');
 */
export function eventRulesOf(
  config: ResolvedConfig,
  stage: string,
  lambdaUrl: string,
): LocalEventRule[] {
  return Object.entries(config.functions).flatMap(([key, fn]) => {
    const name = fn.name ?? `${config.service}-${stage}-${key}`;
    const target = `${lambdaUrl}/2015-03-31/functions/${name}/invocations`;
    return (fn.events ?? []).flatMap((event, index) =>
      event.eventBridge?.pattern
        ? [{ name: `${key}-rule-${index + 1}`, pattern: event.eventBridge.pattern, target }]
        : [],
    );
  });
}

/**
 * Invokes a function of the local stack synchronously and returns its answer.
 *
 * @example
 * await invokeLocalFunction('http://127.0.0.1:3002', 'fleet-console-local-sync-inventory', {});
 */
export async function invokeLocalFunction(
  lambdaUrl: string,
  name: string,
  payload: unknown,
): Promise<unknown> {
  const response = await fetch(`${lambdaUrl}/2015-03-31/functions/${name}/invocations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  if (!response.ok || response.headers.get('x-amz-function-error'))
    throw new Error(`${name} failed: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : null;
}
