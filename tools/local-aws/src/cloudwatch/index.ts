/**
 * The local CloudWatch emulator: `createCloudWatchService(fleet)` is the AwsServiceHandler the
 * router mounts for the SigV4 service `monitoring`.
 */
export { createCloudWatchService } from './create-service';
export { AlarmStore } from './alarms/alarm-store';
export { seedAlarms } from './alarms/seed-alarms';
export type { CloudWatchServiceOptions } from './create-service';
export { CloudWatchError } from './errors';
export type { CloudWatchErrorCode } from './errors';
export type { CpuCharacter } from './synthetic/profile';
export { cpuCharacterOf } from './synthetic/profile';
export { ec2Metrics, ec2Namespace } from './synthetic/ec2-metrics';
export type * from './model/types';
