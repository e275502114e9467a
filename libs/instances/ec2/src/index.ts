export {
  createInstanceRepository,
  type InstanceRepository,
  type InstanceFilters,
} from './lib/instance-repository';
export { toInstance } from './lib/to-instance';
export { toConfiguration } from './lib/to-configuration';
export { ec2FiltersOf } from './lib/ec2-filters';
export { createInstanceTypeCatalog, type InstanceTypeCatalog } from './lib/instance-type-catalog';
export {
  createInstanceStatusReader,
  type InstanceStatusReader,
} from './lib/instance-status-reader';
