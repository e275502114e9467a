import { dashboardSecurityHeaders } from './security-headers';

const ORIGINS = {
  apiOrigin: 'https://abc123.execute-api.eu-west-1.amazonaws.com',
  cognitoOrigin: 'https://cognito-idp.eu-west-1.amazonaws.com',
};

describe('dashboardSecurityHeaders', () => {
  it('fills the API and Cognito origins into connect-src, as Fn::Sub does', () => {
    const csp = dashboardSecurityHeaders(ORIGINS)['Content-Security-Policy'];

    expect(csp).toContain(`connect-src 'self' ${ORIGINS.apiOrigin} ${ORIGINS.cognitoOrigin};`);
    expect(csp).not.toContain('${');
  });

  it('allows scripts from the site only, and no framing', () => {
    const csp = dashboardSecurityHeaders(ORIGINS)['Content-Security-Policy'];

    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('writes HSTS, nosniff, frame and referrer headers as CloudFront does', () => {
    expect(dashboardSecurityHeaders(ORIGINS)).toEqual(
      expect.objectContaining({
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      }),
    );
  });
});
