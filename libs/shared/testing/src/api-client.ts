import { stackUrls } from './stack-urls';

/** One API answer as a test inspects it. */
export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/**
 * Calls the API of the local stack over HTTP (through serverless-offline, as a browser would).
 *
 * @example
 * const { status, body } = await callApi<InstancePage>('/instances?limit=5');
 */
export async function callApi<T = unknown>(path: string, init?: RequestInit): Promise<ApiAnswer<T>> {
  const response = await fetch(`${stackUrls().api}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text, so a test can show what came back.
  }
  return { status: response.status, headers: response.headers, body: body as T };
}
