export { cacheControlFor, IMMUTABLE, NEVER_STORED, SHORT_LIVED } from './edge/cache-control';
export { routedUri } from './edge/route-fallback';
export { dashboardSecurityHeaders, type EdgeOrigins } from './edge/security-headers';
export { previewSettings, type PreviewSettings } from './preview/preview-config';
export { previewServer } from './preview/preview-server';
export {
  dashboardConfigFromOutputs,
  regionList,
  type DashboardConfig,
  type StackOutputs,
} from './web/dashboard-config';
