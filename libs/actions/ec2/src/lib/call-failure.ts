import { isServerError, isThrottlingError } from '@smithy/service-error-classification';
import type { CallResult } from '@fleet/actions-domain';

type SdkError = Parameters<typeof isThrottlingError>[0];

/**
 * An EC2 call's error as a failed call result: EC2's error code (it models no exception
 * classes, so the code is the error's name), and whether the failure is AWS's side (throttling,
 * faults), which splitting the call would not cure.
 *
 * @example
 * try { … } catch (error) { return callFailure(error); } // { ok: false, code: 'IncorrectInstanceState', serverSide: false, … }
 */
export function callFailure(error: unknown): Extract<CallResult, { ok: false }> {
  const candidate = error as Partial<SdkError> & {
    name?: string;
    message?: string;
    $fault?: string;
  };
  const sdk = error instanceof Error && '$metadata' in error;
  const throttled = sdk && isThrottlingError(error as SdkError);
  const serverSide =
    !sdk || candidate.$fault === 'server' || throttled || isServerError(error as SdkError);
  return {
    ok: false,
    code: candidate.name ?? 'UnknownError',
    message: candidate.message ?? 'EC2 did not answer.',
    serverSide,
    throttled,
  };
}
