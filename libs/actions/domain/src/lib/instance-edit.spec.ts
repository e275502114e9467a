import { anInstance } from '@fleet/testing';
import { applyTagEdit, instanceEdit, teamTagEdit } from './instance-edit';

const instance = anInstance({
  region: 'eu-west-1',
  id: 'i-0123456789abcdef0',
  name: 'web-1',
  state: 'stopped',
  tags: { Name: 'web-1', Owner: 'bo', Team: 'payments' },
});

describe('instance edits', () => {
  it('sets and removes tags, leaving the others', () => {
    expect(applyTagEdit(instance.tags, { set: { Owner: 'ana' }, remove: ['Team'] })).toEqual({
      Name: 'web-1',
      Owner: 'ana',
    });
  });

  it('renames an instance whose Name tag is edited, and unnames it when removed', () => {
    const rename = instanceEdit({
      action: 'tag',
      options: { tags: { set: { Name: 'api-1' }, remove: [] } },
    });
    const unname = instanceEdit({
      action: 'tag',
      options: { tags: { set: {}, remove: ['Name'] } },
    });

    expect(rename?.(instance).name).toBe('api-1');
    expect(unname?.(instance).name).toBeNull();
  });

  it('gives a resized instance its new type, and knows no edit for a state change', () => {
    expect(
      instanceEdit({ action: 'resize', options: { instanceType: 't3.large' } })?.(instance).type,
    ).toBe('t3.large');
    expect(instanceEdit({ action: 'stop', options: {} })).toBeUndefined();
  });

  it('moves an instance to a team by its Team tag, and out of every team by removing it', () => {
    expect(teamTagEdit('search')).toEqual({ set: { Team: 'search' }, remove: [] });
    expect(teamTagEdit(null)).toEqual({ set: {}, remove: ['Team'] });
  });
});
