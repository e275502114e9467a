import { parseCliOptions } from '../src/cli-options';

describe('the local-aws command line', () => {
  it('defaults to port 4566 and leaves the rest to createLocalAws', () => {
    const request = parseCliOptions([], {});
    expect(request).toMatchObject({
      help: false,
      options: { port: 4566, instances: undefined, regions: undefined, quiet: false },
    });
  });

  it('reads flags', () => {
    const request = parseCliOptions(
      [
        '--port',
        '0',
        '--instances',
        '500',
        '--regions',
        'us-east-1,eu-west-1',
        '--seed',
        'demo',
        '--quiet',
      ],
      {},
    );
    expect(request).toMatchObject({
      options: {
        port: 0,
        instances: 500,
        regions: ['us-east-1', 'eu-west-1'],
        seed: 'demo',
        quiet: true,
      },
    });
  });

  it('falls back to LOCAL_AWS_* environment variables', () => {
    const request = parseCliOptions([], {
      LOCAL_AWS_PORT: '5000',
      LOCAL_AWS_INSTANCES: '10',
      LOCAL_AWS_REGIONS: 'eu-west-1',
      LOCAL_AWS_QUIET: '1',
    });
    expect(request).toMatchObject({
      options: { port: 5000, instances: 10, regions: ['eu-west-1'], quiet: true },
    });
  });

  it('prefers a flag over its environment variable', () => {
    expect(parseCliOptions(['--instances', '7'], { LOCAL_AWS_INSTANCES: '10' })).toMatchObject({
      options: { instances: 7 },
    });
  });

  it('reads transition durations', () => {
    const request = parseCliOptions(['--pending-ms', '100'], { LOCAL_AWS_STOPPING_MS: '200' });
    expect(request).toMatchObject({ options: { durations: { pendingMs: 100, stoppingMs: 200 } } });
  });

  it('reads faults as JSON and turns throttling on', () => {
    const request = parseCliOptions(
      ['--faults', '{"rules":[{"action":"StopInstances","internalError":0.1}]}'],
      { LOCAL_AWS_THROTTLING: '1' },
    );
    expect(request).toMatchObject({
      options: {
        faults: {
          rules: [{ action: 'StopInstances', internalError: 0.1 }],
          throttling: { enabled: true },
        },
      },
    });
  });

  it('rejects a count that is not a number', () => {
    expect(() => parseCliOptions(['--instances', 'many'], {})).toThrow(
      '--instances must be an integer',
    );
  });

  it('answers help', () => {
    expect(parseCliOptions(['--help'], {})).toEqual({ help: true });
  });
});
