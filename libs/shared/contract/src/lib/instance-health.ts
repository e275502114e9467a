import * as z from 'zod/mini';
import { InstanceRefSchema, instanceRefList } from './instance';
import { MAX_PAGE_SIZE } from './list-instances';

/** One request covers at most a list page: the dashboard asks for the rows on screen. */
export const MAX_HEALTH_INSTANCES = MAX_PAGE_SIZE;

/**
 * `POST /instances/health` body: the instances whose status checks and alarms to read.
 *
 * @example
 * InstanceHealthRequestSchema.parse({ instances: [{ region: 'eu-west-1', id: 'i-0abc1234' }] });
 */
export const InstanceHealthRequestSchema = z.object({
  instances: instanceRefList(MAX_HEALTH_INSTANCES),
});
export type InstanceHealthRequest = z.infer<typeof InstanceHealthRequestSchema>;

/** One status check as DescribeInstanceStatus words it. */
export const StatusCheckSchema = z.enum([
  'ok',
  'impaired',
  'initializing',
  'insufficient-data',
  'not-applicable',
]);
export type StatusCheck = z.infer<typeof StatusCheckSchema>;

/** A CloudWatch alarm's state. */
export const AlarmStateSchema = z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
export type AlarmState = z.infer<typeof AlarmStateSchema>;

/** One metric alarm that watches the instance (its own dimensions or a metric-math member's). */
export const InstanceAlarmSchema = z.object({ name: z.string(), state: AlarmStateSchema });
export type InstanceAlarm = z.infer<typeof InstanceAlarmSchema>;

/** The system and instance status checks; EC2 reports them only while the instance runs. */
export const StatusChecksSchema = z.object({
  system: StatusCheckSchema,
  instance: StatusCheckSchema,
});
export type StatusChecks = z.infer<typeof StatusChecksSchema>;

/**
 * The health of one instance: `checks` is `null` when EC2 reports none (the instance is not
 * running); `alarms` lists firing alarms first.
 */
export const InstanceHealthSchema = z.extend(InstanceRefSchema, {
  checks: z.nullable(StatusChecksSchema),
  alarms: z.array(InstanceAlarmSchema),
});
export type InstanceHealth = z.infer<typeof InstanceHealthSchema>;

/**
 * `POST /instances/health` answer, in the order asked; instances the caller may not read are left
 * out. `alarmsReadAt` is when the alarms were read (they are cached for a minute).
 *
 * @example
 * InstanceHealthPageSchema.parse(await response.json()).health[0]?.checks?.system; // 'ok'
 */
export const InstanceHealthPageSchema = z.object({
  health: z.array(InstanceHealthSchema),
  alarmsReadAt: z.string(),
});
export type InstanceHealthPage = z.infer<typeof InstanceHealthPageSchema>;
