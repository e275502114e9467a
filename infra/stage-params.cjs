// Serverless variable source: the stage params the edge depends on, checked before anything is
// packaged or deployed. `${file(infra/stage-params.cjs):dashboardOrigin}` in serverless.yml.
const HTTPS_ORIGIN = /^https:\/\/[a-z0-9.-]+(:\d+)?$/;
const US_EAST_1_CERTIFICATE = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/;

/**
 * The one origin the API answers CORS for: the dashboard's. `*` only on the `local` stage; any
 * other stage must name an https origin (or a custom domain, whose origin it then is).
 */
function checkDashboardOrigin(stage, origin, domain) {
  const value = origin || (domain ? `https://${domain}` : '');
  if (stage === 'local') return value || '*';
  if (!value) {
    throw new Error(
      `stage "${stage}" needs the dashboard's origin: --param="dashboardOrigin=https://<dashboard host>", params.${stage}.dashboardOrigin in serverless.yml, or FLEET_DASHBOARD_ORIGIN`,
    );
  }
  if (!HTTPS_ORIGIN.test(value)) {
    throw new Error(
      `dashboardOrigin "${value}" of stage "${stage}" is not an https origin (https://host[:port], no path); "*" is allowed only on the local stage`,
    );
  }
  return value;
}

/** A custom domain needs its certificate, and CloudFront takes certificates from us-east-1 only. */
function checkCertificate(domain, certificateArn) {
  if (!domain && !certificateArn) return '';
  if (!domain || !US_EAST_1_CERTIFICATE.test(certificateArn)) {
    throw new Error(
      'a custom dashboard domain needs both dashboardDomain and dashboardCertificateArn, an ACM certificate in us-east-1',
    );
  }
  return certificateArn;
}

module.exports = {
  checkDashboardOrigin,
  checkCertificate,
  // The param wins; a pipeline may give it as FLEET_DASHBOARD_ORIGIN (e.g. an environment's variable).
  dashboardOrigin: async ({ resolveVariable }) =>
    checkDashboardOrigin(
      await resolveVariable('sls:stage'),
      (await resolveVariable('param:dashboardOrigin')) ||
        (await resolveVariable("env:FLEET_DASHBOARD_ORIGIN, ''")),
      await resolveVariable('param:dashboardDomain'),
    ),
  dashboardCertificateArn: async ({ resolveVariable }) =>
    checkCertificate(
      await resolveVariable('param:dashboardDomain'),
      await resolveVariable('param:dashboardCertificateArn'),
    ),
};
