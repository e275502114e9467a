import type { Instance } from '@fleet/contract';
import { TEAM_TAG } from '@fleet/fleet';
import type { ActionCommand } from './action-context';
import type { TagEdit } from './action-options';

/**
 * An instance's tags after a tag edit: set keys take their new value, removed keys go.
 *
 * @example
 * applyTagEdit({ Owner: 'bo', Old: 'x' }, { set: { Owner: 'ana' }, remove: ['Old'] }); // { Owner: 'ana' }
 */
export function applyTagEdit(
  tags: Readonly<Record<string, string>>,
  edit: TagEdit,
): Record<string, string> {
  const next: Record<string, string> = { ...tags, ...edit.set };
  for (const key of edit.remove) delete next[key];
  return next;
}

/**
 * What a successful edit action did to an instance, as a function of the instance (EC2 answers
 * CreateTags and ModifyInstanceAttribute with a bare `true`, so the request is the change); none
 * for actions whose effect is a state EC2 answered with.
 *
 * @example
 * instanceEdit({ action: 'resize', options: { instanceType: 't3.large' }, … })?.(instance).type; // 't3.large'
 */
export function instanceEdit(
  command: Pick<ActionCommand, 'action' | 'options'>,
): ((instance: Instance) => Instance) | undefined {
  const { tags, instanceType } = command.options;
  if ((command.action === 'tag' || command.action === 'tag-team') && tags) {
    return (instance) => {
      const next = applyTagEdit(instance.tags, tags);
      return { ...instance, tags: next, name: next['Name'] ?? null };
    };
  }
  if (command.action === 'resize' && instanceType) {
    return (instance) => ({ ...instance, type: instanceType });
  }
  return undefined;
}

/**
 * The tag edit that moves an instance to `team`, or out of every team (`null`): the `Team` tag
 * decides which team's members see it.
 *
 * @example
 * teamTagEdit('search'); // { set: { Team: 'search' }, remove: [] }
 * teamTagEdit(null); // { set: {}, remove: ['Team'] }
 */
export function teamTagEdit(team: string | null): TagEdit {
  return team === null
    ? { set: {}, remove: [TEAM_TAG] }
    : { set: { [TEAM_TAG]: team }, remove: [] };
}
