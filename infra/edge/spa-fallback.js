// CloudFront Function (cloudfront-js-2.0), viewer request: the dashboard's routes (/instances,
// /audit, …) have no file of their own, so a path without a file extension is served
// /index.html. A path with an extension is left alone, so a missing asset stays a 404.
// `npm run preview` runs this very file, so the local fallback is the deployed one.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it by name
function handler(event) {
  const request = event.request;
  const last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
