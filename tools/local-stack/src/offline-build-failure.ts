/**
 * The line serverless-offline (osls with serverless-esbuild) prints when bundling a function
 * fails, on start or on a rebuild: `Error: Build failed with 1 error:`, followed by the first
 * error (`apps/functions/…/handler.ts:32:22: ERROR: Unexpected ";"`). The process does not exit;
 * it keeps running without serving any route, so the stack watches for this line instead of
 * waiting out its start timeout (`offline-build-failure.spec.ts` pins it to the real tools).
 */
export const OFFLINE_BUILD_FAILED = /^Error: Build failed with \d+ errors?:/;
