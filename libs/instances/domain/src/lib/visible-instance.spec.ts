import { principalFromGroups } from '@fleet/access';
import { NotFoundError, InvalidRequestError } from '@fleet/fleet';
import { anInstance } from '@fleet/testing';
import { createVisibleInstanceFinder } from './visible-instance';

const payments = anInstance({
  region: 'eu-west-1',
  id: 'i-0000000000000000a',
  tags: { Team: 'payments' },
});
const source = {
  find: async (region: string, id: string) =>
    region === payments.region && id === payments.id ? payments : undefined,
};
const findInstance = createVisibleInstanceFinder(source, ['us-east-1', 'eu-west-1']);
const operatorOf = (team: string) =>
  principalFromGroups('sub', 'ana@example.com', ['operators', `team-${team}`]);

describe('createVisibleInstanceFinder', () => {
  it('finds an instance of one of the caller teams', async () => {
    await expect(findInstance(operatorOf('payments'), payments)).resolves.toBe(payments);
  });

  it.each([
    ['of another team', operatorOf('search'), payments],
    ['that does not exist', operatorOf('payments'), { ...payments, id: 'i-0000000000000000b' }],
    [
      'asked for in another managed region',
      operatorOf('payments'),
      { ...payments, region: 'us-east-1' },
    ],
  ])('answers not found, alike, for an instance %s', async (_, principal, ref) => {
    await expect(findInstance(principal, ref)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a region this stage does not manage as a bad request, not as absent', async () => {
    const ref = { ...payments, region: 'sa-east-1' };

    await expect(findInstance(operatorOf('payments'), ref)).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });
});
