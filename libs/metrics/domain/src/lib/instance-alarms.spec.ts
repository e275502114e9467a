import { alarmsByInstance, watchedInstances, type AlarmDefinition } from './instance-alarms';

const onInstance = (
  name: string,
  id: string,
  state: AlarmDefinition['state'],
): AlarmDefinition => ({
  name,
  state,
  dimensions: [{ name: 'InstanceId', value: id }],
  memberDimensions: [],
});

describe('watchedInstances', () => {
  it('finds the instance of a single-metric alarm', () => {
    expect(watchedInstances(onInstance('cpu', 'i-1', 'OK'))).toEqual(['i-1']);
  });

  it('finds the instances named only by metric-math members, once each', () => {
    const math: AlarmDefinition = {
      name: 'net',
      state: 'ALARM',
      dimensions: [],
      memberDimensions: [
        [{ name: 'InstanceId', value: 'i-1' }],
        [{ name: 'InstanceId', value: 'i-1' }],
        [{ name: 'InstanceId', value: 'i-2' }],
        [],
      ],
    };
    expect(watchedInstances(math)).toEqual(['i-1', 'i-2']);
  });

  it('ignores alarms on other dimensions', () => {
    const api: AlarmDefinition = {
      name: 'api',
      state: 'ALARM',
      dimensions: [{ name: 'ApiName', value: 'fleet' }],
      memberDimensions: [],
    };
    expect(watchedInstances(api)).toEqual([]);
  });
});

describe('alarmsByInstance', () => {
  it('lists firing alarms first, then insufficient data, then OK, by name within a state', () => {
    const byInstance = alarmsByInstance([
      onInstance('b-ok', 'i-1', 'OK'),
      onInstance('z-alarm', 'i-1', 'ALARM'),
      onInstance('a-alarm', 'i-1', 'ALARM'),
      onInstance('data', 'i-1', 'INSUFFICIENT_DATA'),
      onInstance('other', 'i-2', 'OK'),
    ]);
    expect(byInstance.get('i-1')?.map((alarm) => alarm.name)).toEqual([
      'a-alarm',
      'z-alarm',
      'data',
      'b-ok',
    ]);
    expect(byInstance.get('i-2')).toEqual([{ name: 'other', state: 'OK' }]);
    expect(byInstance.get('i-3')).toBeUndefined();
  });
});
