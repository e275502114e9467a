import { MAX_PAGE_SIZE, type InstancePage } from '@fleet/contract';
import { callApi, idTokenOf, stackUrls } from '@fleet/testing';
import { createApiClient, type ApiClient } from '../../../lib/api-client';
import type { CsvSink } from '../../../lib/csv-sink';
import { exportInstances } from './export-instances';

// The export's paging through the real API (serverless-offline, the authorizer, the inventory):
// the seeded fleet (60 instances) fits in one page of the API's largest size, so these exports
// ask for smaller pages to cross cursors, and a lower cap to reach it. The browser test
// (e2e/csv-export) covers the save dialog, progress line and cancel.

interface MemorySink extends CsvSink {
  readonly text: () => string;
  readonly state: () => 'open' | 'closed' | 'aborted';
}

function memorySink(): MemorySink {
  const pieces: string[] = [];
  let state: 'open' | 'closed' | 'aborted' = 'open';
  return {
    kind: 'file',
    write: async (text) => void pieces.push(text),
    close: async () => void (state = 'closed'),
    abort: async () => void (state = 'aborted'),
    text: () => pieces.join(''),
    state: () => state,
  };
}

let api: ApiClient;

beforeAll(async () => {
  const token = await idTokenOf('admin');
  api = createApiClient(stackUrls().api, { authorization: () => `Bearer ${token}` });
});

/** The ids of the list in one request (the fleet fits in one page of the largest size). */
async function listedIds(query: string): Promise<string[]> {
  const { status, body } = await callApi<InstancePage>(
    `/instances?limit=${MAX_PAGE_SIZE}&${query}`,
  );
  expect(status).toBe(200);
  expect(body.nextCursor).toBeNull();
  return body.items.map((instance) => instance.id);
}

/** The export's data rows, split into fields (the seeded values hold no commas or quotes). */
const rowsOf = (csv: string): string[][] =>
  csv
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','));

const idsOf = (csv: string): string[] => rowsOf(csv).map((fields) => fields[1] ?? '');

describe('exportInstances through the API', () => {
  it('writes every row once, in the list’s order, across pages of 7', async () => {
    const expected = await listedIds('sort=name');
    expect(expected.length).toBeGreaterThan(7 * 3);
    const sink = memorySink();
    const progress: number[] = [];

    const result = await exportInstances(
      api,
      { sort: 'name' },
      { sink, pageSize: 7, onProgress: ({ rows }) => progress.push(rows) },
    );

    expect(result).toEqual({ rows: expected.length, capped: false });
    expect(idsOf(sink.text())).toEqual(expected);
    expect(sink.state()).toBe('closed');
    // One progress line per page: 7, 14, … and the last, shorter page.
    expect(progress).toHaveLength(Math.ceil(expected.length / 7));
    expect(progress.at(-1)).toBe(expected.length);
  });

  it('keeps filters and sort on every page', async () => {
    const query = 'region=us-east-1,eu-west-1&sort=-launchTime';
    const expected = await listedIds(query);
    expect(expected.length).toBeGreaterThan(5);
    const sink = memorySink();

    const result = await exportInstances(
      api,
      { region: 'us-east-1,eu-west-1', sort: '-launchTime' },
      { sink, pageSize: 5 },
    );

    expect(result.rows).toBe(expected.length);
    expect(idsOf(sink.text())).toEqual(expected);
    const regions = new Set(rowsOf(sink.text()).map((fields) => fields[4]));
    expect([...regions].sort()).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('stops at the cap, mid-page, and says the export was cut short', async () => {
    const expected = await listedIds('sort=name');
    const sink = memorySink();

    const result = await exportInstances(api, { sort: 'name' }, { sink, pageSize: 25, rowCap: 30 });

    expect(result).toEqual({ rows: 30, capped: true });
    expect(idsOf(sink.text())).toEqual(expected.slice(0, 30));
    expect(sink.state()).toBe('closed');
  });

  it('keeps nothing when a page is refused', async () => {
    const sink = memorySink();

    await expect(
      // Free text is at most 200 characters: the API refuses the first page.
      exportInstances(api, { sort: 'name', q: 'x'.repeat(201) }, { sink, pageSize: 10 }),
    ).rejects.toMatchObject({ status: 400, code: 'ValidationError' });

    expect(sink.state()).toBe('aborted');
  });
});
