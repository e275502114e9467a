import { IMMUTABLE, NEVER_STORED, SHORT_LIVED } from '../edge/cache-control';
import { invalidationCall, pathsToInvalidate, uploadPlan } from './upload-plan';

const TARGET = { buildDir: 'dist/apps/web', configFile: '/tmp/x/config.json', bucket: 'dash' };

describe('uploadPlan', () => {
  const cacheControlOf = (call: readonly string[]): string | undefined =>
    call[call.indexOf('--cache-control') + 1];

  it('uploads hashed assets as immutable and everything the entry page names before it', () => {
    const plan = uploadPlan(TARGET);

    expect(plan[0]?.slice(0, 4)).toEqual([
      's3',
      'sync',
      'dist/apps/web/assets',
      's3://dash/assets',
    ]);
    expect(cacheControlOf(plan[0] ?? [])).toBe(IMMUTABLE);
    expect(plan.at(-1)?.slice(0, 4)).toEqual([
      's3',
      'cp',
      'dist/apps/web/index.html',
      's3://dash/index.html',
    ]);
  });

  it('never lets index.html or config.json be stored, and keeps other files an hour', () => {
    const plan = uploadPlan(TARGET);
    const config = plan.find((call) => call[3] === 's3://dash/config.json');

    expect(config?.[2]).toBe('/tmp/x/config.json');
    expect(cacheControlOf(config ?? [])).toBe(NEVER_STORED);
    expect(cacheControlOf(plan.at(-1) ?? [])).toBe(NEVER_STORED);
    expect(cacheControlOf(plan[1] ?? [])).toBe(SHORT_LIVED);
    expect(plan[1]).toEqual(expect.arrayContaining(['assets/*', 'index.html', 'config.json']));
  });
});

describe('pathsToInvalidate', () => {
  it('names only the replaced files CloudFront may keep', () => {
    const output = [
      'upload: dist/apps/web/assets/index-Dx3k.js to s3://dash/assets/index-Dx3k.js',
      'upload: dist/apps/web/favicon.svg to s3://dash/favicon.svg',
      'upload: dist/apps/web/robots.txt to s3://dash/robots.txt',
      'upload: ../../tmp/config.json to s3://dash/config.json',
    ].join('\n');

    expect(pathsToInvalidate(output, 'dash')).toEqual(['/favicon.svg', '/robots.txt']);
  });

  it('asks for no invalidation when nothing kept has changed', () => {
    expect(invalidationCall('E2ABC', pathsToInvalidate('', 'dash'))).toBeUndefined();
    expect(invalidationCall('E2ABC', ['/favicon.svg'])).toEqual([
      'cloudfront',
      'create-invalidation',
      '--distribution-id',
      'E2ABC',
      '--paths',
      '/favicon.svg',
    ]);
  });
});
