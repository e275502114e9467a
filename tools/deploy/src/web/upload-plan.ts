import { IMMUTABLE, NEVER_STORED, SHORT_LIVED, UNCACHED_KEYS } from '../edge/cache-control';

/** One AWS CLI call: its arguments after `aws`. */
export type AwsCall = readonly string[];

export interface UploadTarget {
  /** The built dashboard (`nx build web`): index.html, assets/, public files. */
  readonly buildDir: string;
  /** This stage's config.json, written from the stack's outputs. */
  readonly configFile: string;
  readonly bucket: string;
}

/**
 * The uploads of a dashboard deploy, in order, each with its file class's Cache-Control
 * (edge/cache-control.ts): hashed assets first, then the other public files, then config.json,
 * and index.html last, so no visitor gets an entry page whose assets are not there yet.
 * `aws s3 sync` sends only what changed; old assets stay for pages still open.
 *
 * @example
 * uploadPlan({ buildDir: 'dist/apps/web', configFile: 'tmp/config.json', bucket: 'b' })[0];
 * // ['s3', 'sync', 'dist/apps/web/assets', 's3://b/assets', '--cache-control', 'public, max-age=31536000, immutable', …]
 */
export function uploadPlan(target: UploadTarget): AwsCall[] {
  const s3 = `s3://${target.bucket}`;
  return [
    [
      's3',
      'sync',
      `${target.buildDir}/assets`,
      `${s3}/assets`,
      '--cache-control',
      IMMUTABLE,
      '--no-progress',
    ],
    [
      's3',
      'sync',
      target.buildDir,
      s3,
      '--exclude',
      'assets/*',
      '--exclude',
      'index.html',
      '--exclude',
      'config.json',
      '--cache-control',
      SHORT_LIVED,
      '--no-progress',
    ],
    [
      's3',
      'cp',
      target.configFile,
      `${s3}/config.json`,
      '--cache-control',
      NEVER_STORED,
      '--content-type',
      'application/json',
      '--no-progress',
    ],
    [
      's3',
      'cp',
      `${target.buildDir}/index.html`,
      `${s3}/index.html`,
      '--cache-control',
      NEVER_STORED,
      '--content-type',
      'text/html; charset=utf-8',
      '--no-progress',
    ],
  ];
}

/**
 * The paths CloudFront must forget after a deploy: the files `aws s3 sync` replaced that CloudFront
 * may have kept. Hashed assets get new names and index.html and config.json are never kept, so
 * usually nothing at all.
 *
 * @example
 * pathsToInvalidate('upload: dist/apps/web/favicon.svg to s3://b/favicon.svg\n', 'b'); // ['/favicon.svg']
 */
export function pathsToInvalidate(syncOutput: string, bucket: string): string[] {
  const prefix = `s3://${bucket}/`;
  return syncOutput
    .split('\n')
    .map((line) => /^(?:upload|delete): .* to (s3:\/\/\S+)$/.exec(line.trim())?.[1])
    .filter((target): target is string => target?.startsWith(prefix) ?? false)
    .map((target) => `/${target.slice(prefix.length)}`)
    .filter((path) => !path.startsWith('/assets/') && !UNCACHED_KEYS.includes(path.slice(1)));
}

/**
 * The invalidation call for the changed paths, or none when nothing kept has changed.
 *
 * @example
 * invalidationCall('E2ABC', []); // undefined
 */
export function invalidationCall(
  distributionId: string,
  paths: readonly string[],
): AwsCall | undefined {
  if (paths.length === 0) return undefined;
  return [
    'cloudfront',
    'create-invalidation',
    '--distribution-id',
    distributionId,
    '--paths',
    ...paths,
  ];
}
