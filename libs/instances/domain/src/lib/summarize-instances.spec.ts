import { anInstance } from '@fleet/testing';
import { summarizeInstances } from './summarize-instances';

const fleet = [
  anInstance({ id: 'i-01', state: 'running', tags: { Team: 'payments', Env: 'prod' } }),
  anInstance({ id: 'i-02', state: 'stopped', tags: { Team: 'payments', Env: 'dev' } }),
  anInstance({ id: 'i-03', state: 'terminated', tags: { Team: 'payments', Env: 'prod' } }),
  anInstance({ id: 'i-04', state: 'running', tags: { Team: 'search' } }),
];

describe('summarizeInstances', () => {
  it('counts the rows matching every filter, and per state without the state filter', () => {
    const summary = summarizeInstances(fleet, {
      state: ['running', 'stopped'],
      tag: [{ key: 'Team', value: 'payments' }],
    });

    expect(summary.total).toBe(2);
    expect(summary.byState).toEqual({ running: 1, stopped: 1, terminated: 1 });
  });

  it('applies free text as the list does', () => {
    expect(summarizeInstances(fleet, { q: 'i-04' }).total).toBe(1);
  });

  it('suggests every key and value of the instances given, most common value first', () => {
    const summary = summarizeInstances(fleet, { tag: [{ key: 'Team', value: 'search' }] });

    expect(summary.tags).toEqual([
      { key: 'Env', values: ['prod', 'dev'] },
      { key: 'Team', values: ['payments', 'search'] },
    ]);
    expect(summary.tagsTruncated).toBe(false);
  });
});
