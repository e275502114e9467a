/** Why a change needs the whole stack deployed rather than single functions. */
const WHOLE_STACK_RULES: readonly { readonly test: RegExp; readonly why: string }[] = [
  { test: /^serverless\.yml$/, why: 'the stack definition' },
  { test: /^apps\/functions\/[^/]+\/function\.yml$/, why: "a function's route, role or settings" },
  { test: /^infra\//, why: 'stack resources, plugins or the edge' },
  { test: /^package-lock\.json$/, why: 'the dependencies every bundle is built from' },
  { test: /^tools\/build\//, why: 'the bundling of every function' },
];

export interface DeployScope {
  /** `stack`: `serverless deploy` then `nx deploy web`; `affected`: `nx affected -t deploy`. */
  readonly scope: 'stack' | 'affected';
  /** The files that call for the whole stack, each with why. */
  readonly reasons: readonly string[];
}

/**
 * What a change must deploy. `serverless deploy function` ships code and environment only: a
 * route, an IAM role, a resource or a dependency change needs the whole stack.
 *
 * @example
 * deployScope(['libs/metrics/domain/src/period.ts']).scope; // 'affected'
 * deployScope(['apps/functions/get-instance/function.yml']).scope; // 'stack'
 */
export function deployScope(changedFiles: readonly string[]): DeployScope {
  const reasons = changedFiles.flatMap((file) =>
    WHOLE_STACK_RULES.filter((rule) => rule.test.test(file)).map((rule) => `${file}: ${rule.why}`),
  );
  return { scope: reasons.length > 0 ? 'stack' : 'affected', reasons };
}
