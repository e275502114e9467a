import {
  CodeMismatchException,
  InternalErrorException,
  NotAuthorizedException,
  ResourceNotFoundException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { toAuthError } from './cognito-auth';

const $metadata = {};

describe('toAuthError', () => {
  it('reports refused credentials without saying which half was wrong', () => {
    const error = new NotAuthorizedException({
      message: 'Incorrect username or password.',
      $metadata,
    });

    expect(toAuthError(error)).toMatchObject({
      kind: 'wrong-credentials',
      message: 'Incorrect email or password.',
    });
  });

  it('tells a disabled account apart from a wrong password', () => {
    const error = new NotAuthorizedException({ message: 'User is disabled.', $metadata });

    expect(toAuthError(error).kind).toBe('rejected');
  });

  it('says when no account uses the email', () => {
    const error = new UserNotFoundException({ message: 'User does not exist.', $metadata });

    expect(toAuthError(error)).toMatchObject({ kind: 'unknown-user' });
    expect(toAuthError(error).message).toMatch(/No account uses this email/);
  });

  it('asks for the current code after a wrong MFA code', () => {
    const error = new CodeMismatchException({ message: 'Invalid code', $metadata });

    expect(toAuthError(error).kind).toBe('wrong-code');
  });

  it('names a wrong pool or client as a deployment problem', () => {
    const error = new ResourceNotFoundException({
      message: 'User pool client x does not exist.',
      $metadata,
    });

    expect(toAuthError(error).message).toMatch(/deployment problem/);
  });

  it('reports a Cognito failure as transient', () => {
    const error = new InternalErrorException({ message: 'boom', $metadata });

    expect(toAuthError(error)).toMatchObject({ kind: 'unavailable', isTransient: true });
  });

  it('reports a request that got no answer as Cognito out of reach', () => {
    expect(toAuthError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'unreachable',
      isTransient: true,
    });
  });
});
