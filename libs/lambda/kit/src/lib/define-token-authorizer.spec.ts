import { wholeApiArn } from './define-token-authorizer';

describe('wholeApiArn', () => {
  it('covers every method and route of the stage, not just the one first called', () => {
    const arn = wholeApiArn('arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/GET/instances');

    expect(arn).toBe('arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/*');
  });

  it('keeps the stage of the call, so a token cached on one stage is no pass to another', () => {
    const arn = wholeApiArn(
      'arn:aws:execute-api:us-east-1:123456789012:abc123/dev/POST/instances/stop',
    );

    expect(arn.endsWith('/dev/*')).toBe(true);
  });
});
