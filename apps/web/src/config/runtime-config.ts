import { RegionSchema } from '@fleet/contract';
import * as z from 'zod/mini';

const NonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

/** The Cognito user pool users sign in to, and the dashboard's app client (public, no secret). */
export const CognitoConfigSchema = z.object({
  /** Often not the API's region: the pool lives in one region whatever regions the fleet spans. */
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region')),
  /** `<region>_<id>` on AWS; the local Cognito names pools its own way, so only presence is checked. */
  userPoolId: NonEmpty,
  clientId: NonEmpty,
  /** The local Cognito's URL; absent on AWS, where the SDK derives it from the region. */
  endpoint: z.optional(z.url({ protocol: /^https?$/ })),
});
export type CognitoConfig = z.infer<typeof CognitoConfigSchema>;

/**
 * The dashboard's settings, fetched from `/config.json` at start-up so that one build serves every
 * stage.
 */
export const RuntimeConfigSchema = z.object({
  /** Base URL of the API, without a trailing slash once parsed. */
  apiUrl: z.pipe(
    z.url({ protocol: /^https?$/ }),
    z.transform((url: string) => url.replace(/\/+$/, '')),
  ),
  /** The regions operators choose from; the first is not special. */
  regions: z.array(RegionSchema).check(z.minLength(1, 'at least one region')),
  stage: z.string().check(z.minLength(1)),
  cognito: CognitoConfigSchema,
});
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

/** Thrown when config.json is missing or malformed: a deployment mistake, not a user's. */
export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

/**
 * Validates the body of config.json.
 *
 * @example
 * parseRuntimeConfig({ apiUrl: 'http://localhost:3000/', regions: ['us-east-1'], stage: 'local' });
 * // { apiUrl: 'http://localhost:3000', regions: ['us-east-1'], stage: 'local' }
 */
export function parseRuntimeConfig(body: unknown): RuntimeConfig {
  const result = RuntimeConfigSchema.safeParse(body);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new RuntimeConfigError(`config.json is invalid: ${problems}`);
  }
  return result.data;
}

/**
 * Fetches and validates `/config.json`. The path is absolute: a relative one would resolve against
 * deep links such as /instances/us-east-1/i-… and miss the file beside index.html.
 */
export async function loadRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
  url = '/config.json',
): Promise<RuntimeConfig> {
  const response = await fetchImpl(url, {
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw new RuntimeConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RuntimeConfigError('config.json is not JSON');
  }
  return parseRuntimeConfig(body);
}
