/**
 * CloudWatch's client errors, with the query-protocol codes AWS answers (`InvalidParameterValue`, …).
 * The JSON adapter maps each code to its JSON shape name; the query adapter writes it as is.
 */
export type CloudWatchErrorCode =
  | 'InvalidParameterValue'
  | 'InvalidParameterCombination'
  | 'MissingParameter'
  | 'InvalidNextToken'
  | 'LimitExceeded'
  | 'ValidationError'
  | 'InvalidAction'
  | 'InvalidClientTokenId'
  | 'InternalFailure';

/** A failure to report to the caller as an AWS error (HTTP status, code, message). */
export class CloudWatchError extends Error {
  /** The query-protocol error code, as AWS writes it in `<Code>` and `x-amzn-query-error`. */
  readonly code: CloudWatchErrorCode;
  readonly status: number;
  /** `Sender` for the caller's mistakes, `Receiver` for ours. */
  readonly fault: 'Sender' | 'Receiver';

  constructor(code: CloudWatchErrorCode, message: string, status = 400) {
    super(message);
    this.name = 'CloudWatchError';
    this.code = code;
    this.status = status;
    this.fault = status >= 500 ? 'Receiver' : 'Sender';
  }
}

/** `InvalidParameterValue`: a value outside what the parameter allows. */
export function invalidParameterValue(message: string): CloudWatchError {
  return new CloudWatchError('InvalidParameterValue', message);
}

/** `InvalidParameterCombination`: parameters that exclude each other, or a too large request. */
export function invalidParameterCombination(message: string): CloudWatchError {
  return new CloudWatchError('InvalidParameterCombination', message);
}

/** `MissingParameter`, worded as AWS words it. */
export function missingParameter(parameter: string): CloudWatchError {
  return new CloudWatchError('MissingParameter', `The parameter ${parameter} is required.`);
}

/** `ValidationError`: what GetMetricData answers for malformed queries. */
export function validationError(message: string): CloudWatchError {
  return new CloudWatchError('ValidationError', message);
}

/** `InvalidNextToken`: a token this service did not issue for this very request. */
export function invalidNextToken(): CloudWatchError {
  return new CloudWatchError(
    'InvalidNextToken',
    'The service can not process the NextToken provided.',
  );
}
