import type { DemoUserKey } from '@fleet/demo-users';
import { idTokenOf } from './sign-in';
import { stackUrls } from './stack-urls';

/** One API answer as a test inspects it. */
export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** Who calls: a demo user (signed in for real), a raw `Authorization` value, or nobody. */
export type Caller =
  { readonly as: DemoUserKey } | { readonly authorization: string } | { readonly as: null };

async function authorizationOf(caller: Caller): Promise<string | undefined> {
  if ('authorization' in caller) return caller.authorization;
  return caller.as === null ? undefined : `Bearer ${await idTokenOf(caller.as)}`;
}

/**
 * A POST with a JSON body, as the dashboard sends its actions and edits.
 *
 * @example
 * await callApi('/instances/stop', jsonPost({ instances: [ref] }), { as: 'operator' });
 */
export function jsonPost(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/**
 * Calls the API of the local stack over HTTP (through serverless-offline and the Lambda
 * authorizer, as the dashboard does), as the admin unless told otherwise.
 *
 * @example
 * const { status, body } = await callApi<InstancePage>('/instances?limit=5', {}, { as: 'viewer' });
 */
export async function callApi<T = unknown>(
  path: string,
  init: RequestInit = {},
  caller: Caller = { as: 'admin' },
): Promise<ApiAnswer<T>> {
  const authorization = await authorizationOf(caller);
  const headers = new Headers(init.headers);
  if (authorization !== undefined) headers.set('Authorization', authorization);
  const response = await fetch(`${stackUrls().api}${path}`, { ...init, headers });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text, so a test can show what came back.
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/**
 * The status and error code the API answers, for tests of refusals.
 *
 * @example
 * expect(await refusalOf('/instances/xx-mars-1/i-0123456789abcdef0')).toEqual({ status: 400, code: 'UnknownRegion' });
 */
export async function refusalOf(
  path: string,
  init: RequestInit = {},
  caller: Caller = { as: 'admin' },
): Promise<{ status: number; code: string | undefined }> {
  const { status, body } = await callApi<{ code?: string }>(path, init, caller);
  return { status, code: typeof body === 'object' && body ? body.code : undefined };
}
