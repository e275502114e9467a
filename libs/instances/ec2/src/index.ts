export {
  createInstanceRepository,
  type InstanceRepository,
  type InstanceFilters,
} from './lib/instance-repository';
export { toInstance } from './lib/to-instance';
export { ec2FiltersOf } from './lib/ec2-filters';
export {
  createInstanceStatusReader,
  type InstanceStatusReader,
} from './lib/instance-status-reader';
