import { CloudWatchError } from '../errors';

/** Runs an operation that must fail and returns its CloudWatchError. */
export function errorOf(action: () => unknown): CloudWatchError {
  try {
    action();
  } catch (error) {
    if (error instanceof CloudWatchError) return error;
    throw error;
  }
  throw new Error('expected a CloudWatchError, got an answer');
}
