import { Ec2Error } from '../protocol/ec2-error';
import { stateXml } from '../protocol/instance-xml';
import {
  applyTransition,
  checkTransition,
  type StateAction,
  type StopOptions,
} from '../state/transitions';
import type { Ec2Context, Ec2Operation } from './context';
import { requiredInstanceIds, resolveInstances } from './instance-ids';

/**
 * Runs one state-changing action on every listed instance, all-or-nothing: EC2 rejects the whole
 * call when any instance is missing or refuses, and then changes none of them.
 */
function changeStates(context: Ec2Context, action: StateAction, stop?: StopOptions): string {
  const records = resolveInstances(context, requiredInstanceIds(context));
  const outcomes = records.map((record) => ({
    record,
    outcome: checkTransition(record, action, context.now, stop),
  }));
  for (const { outcome } of outcomes) {
    if (outcome.kind === 'refused') throw new Ec2Error(outcome.code, outcome.message);
  }
  let items = '';
  for (const { record, outcome } of outcomes) {
    applyTransition(record, action, context.now, context.state.durations, stop);
    if (outcome.kind !== 'ok') continue;
    items +=
      `<item><instanceId>${record.instanceId}</instanceId>` +
      stateXml('currentState', outcome.current) +
      stateXml('previousState', outcome.previous) +
      '</item>';
  }
  return `<instancesSet>${items}</instancesSet>`;
}

/** StartInstances: stopped → pending → running; already pending/running is a no-op. */
export const startInstances: Ec2Operation = (context) => changeStates(context, 'start');

/** StopInstances with `Force` and `Hibernate`; protected by `disableApiStop`. */
export const stopInstances: Ec2Operation = (context) =>
  changeStates(context, 'stop', {
    force: context.params.flag('Force'),
    hibernate: context.params.flag('Hibernate'),
  });

/**
 * TerminateInstances: → shutting-down → terminated; protected by `disableApiTermination`. With
 * no id at all EC2 answers `InvalidParameterCombination` "No instances specified", not the
 * `MissingParameter` of the other state changes.
 */
export const terminateInstances: Ec2Operation = (context) => {
  if (context.params.list('InstanceId').length === 0)
    throw new Ec2Error('InvalidParameterCombination', 'No instances specified');
  return changeStates(context, 'terminate');
};

/** RebootInstances answers only `<return>true</return>`; the state stays `running`. */
export const rebootInstances: Ec2Operation = (context) => {
  changeStates(context, 'reboot');
  return '<return>true</return>';
};
