import {
  IdempotencyItemAlreadyExistsError,
  IdempotencyItemNotFoundError,
} from '@aws-lambda-powertools/idempotency';
import {
  BasePersistenceLayer,
  IdempotencyRecord,
} from '@aws-lambda-powertools/idempotency/persistence';
import { lambdaContext } from '@fleet/testing';
import { idempotentRuns } from './idempotent-runs';

// The stack tests cross the real DynamoDB store; this in-memory store exists for the branches
// DynamoDB cannot be made to take on cue (a record vanishing between put and get, a failed
// update after the run).
class MemoryStore extends BasePersistenceLayer {
  readonly records = new Map<string, IdempotencyRecord>();
  failUpdates = false;
  vanishOnce = false;

  protected async _putRecord(record: IdempotencyRecord): Promise<void> {
    const existing = this.records.get(record.idempotencyKey);
    if (this.vanishOnce) {
      this.vanishOnce = false;
      throw new IdempotencyItemAlreadyExistsError('exists', undefined);
    }
    if (existing && !existing.isExpired()) {
      throw new IdempotencyItemAlreadyExistsError('exists', existing);
    }
    this.records.set(record.idempotencyKey, record);
  }

  protected async _getRecord(key: string): Promise<IdempotencyRecord> {
    const record = this.records.get(key);
    if (!record) throw new IdempotencyItemNotFoundError('gone');
    return record;
  }

  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    if (this.failUpdates) throw new Error('DynamoDB is down');
    this.records.set(record.idempotencyKey, record);
  }

  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.records.delete(record.idempotencyKey);
  }
}

const request = (body: unknown, key: string | undefined = 'key-1') => ({
  key,
  owner: ['sub-1', 'stop'],
  body,
});

describe('idempotentRuns', () => {
  it('runs once per key and replays the stored answer, whatever the key order of the body', async () => {
    const runOnce = idempotentRuns(new MemoryStore());
    let runs = 0;
    const act = async () => ({ status: 200, run: ++runs });

    const first = await runOnce(request({ id: 'i-1', region: 'eu-west-1' }), lambdaContext(), act);
    const again = await runOnce(request({ region: 'eu-west-1', id: 'i-1' }), lambdaContext(), act);

    expect(again).toEqual(first);
    expect(runs).toBe(1);
  });

  it('answers 422 for the key with another body, and keeps the first answer', async () => {
    const runOnce = idempotentRuns(new MemoryStore());
    const act = async () => ({ status: 200 });
    await runOnce(request({ id: 'i-1' }), lambdaContext(), act);

    await expect(runOnce(request({ id: 'i-2' }), lambdaContext(), act)).rejects.toMatchObject({
      statusCode: 422,
      code: 'IdempotencyKeyReused',
    });
    await expect(runOnce(request({ id: 'i-1' }), lambdaContext(), act)).resolves.toEqual({
      status: 200,
    });
  });

  it('answers 409 with Retry-After to a copy arriving while the first runs, and leaves the first its record', async () => {
    const store = new MemoryStore();
    const runOnce = idempotentRuns(store);
    let finish: () => void = () => undefined;
    const slow = runOnce(request({ id: 'i-1' }), lambdaContext(), async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      return { status: 200 };
    });
    await new Promise((resolve) => setImmediate(resolve));

    await expect(
      runOnce(request({ id: 'i-1' }), lambdaContext(), async () => ({ status: 500 })),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'RequestInProgress',
      headers: { 'Retry-After': '1' },
    });
    finish();
    await expect(slow).resolves.toEqual({ status: 200 });
    expect(store.records.size).toBe(1);
  });

  it('releases the key when the run throws, so a retry runs', async () => {
    const runOnce = idempotentRuns(new MemoryStore());
    const refused = Object.assign(new Error('reason required'), { statusCode: 400 });

    await expect(
      runOnce(request({ id: 'i-1' }), lambdaContext(), async () => Promise.reject(refused)),
    ).rejects.toBe(refused);
    await expect(
      runOnce(request({ id: 'i-1' }), lambdaContext(), async () => ({ status: 200 })),
    ).resolves.toEqual({ status: 200 });
  });

  it.each([
    ['its answer cannot be stored', (store: MemoryStore) => (store.failUpdates = true)],
    [
      'the record its key collided with is gone (the key is claimed again)',
      (store: MemoryStore) => (store.vanishOnce = true),
    ],
  ])('still answers with the run, instead of failing, when %s', async (_, fault) => {
    const store = new MemoryStore();
    const runOnce = idempotentRuns(store);
    fault(store);

    await expect(
      runOnce(request({ id: 'i-1' }), lambdaContext(), async () => ({ status: 200 })),
    ).resolves.toEqual({ status: 200 });
  });

  it('runs every time without a key', async () => {
    const runOnce = idempotentRuns(new MemoryStore());
    let runs = 0;

    await runOnce({ ...request({}), key: undefined }, lambdaContext(), async () => ++runs);
    await runOnce({ ...request({}), key: undefined }, lambdaContext(), async () => ++runs);

    expect(runs).toBe(2);
  });
});
