/**
 * An error EC2 answers with its code, message and HTTP status. Client errors are 400 (403 for
 * authorisation, 401 for authentication), server errors 5xx, as on EC2.
 */
export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'Ec2Error';
  }
}

/** Builds the errors EC2 answers most, with EC2's wording. */
export const ec2Errors = {
  malformedInstanceId(id: string): Ec2Error {
    return new Ec2Error('InvalidInstanceID.Malformed', `Invalid id: "${id}" (expecting "i-...")`);
  },
  instanceNotFound(ids: readonly string[]): Ec2Error {
    return ids.length === 1
      ? new Ec2Error('InvalidInstanceID.NotFound', `The instance ID '${ids[0]}' does not exist`)
      : new Ec2Error(
          'InvalidInstanceID.NotFound',
          `The instance IDs '${ids.join(', ')}' do not exist`,
        );
  },
  missingParameter(name: string): Ec2Error {
    return new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`);
  },
  invalidParameterValue(message: string): Ec2Error {
    return new Ec2Error('InvalidParameterValue', message);
  },
  authFailure(): Ec2Error {
    return new Ec2Error(
      'AuthFailure',
      'AWS was not able to validate the provided access credentials',
      401,
    );
  },
};
