import type * as z from 'zod/mini';
import {
  ActionRequestSchema,
  ActionResponseSchema,
  ProtectionRequestSchema,
  StopRequestSchema,
} from './actions';
import {
  AuditPageSchema,
  AuditVerificationSchema,
  ListAuditQuerySchema,
  ReconcileResponseSchema,
  UnsettledPageSchema,
  UnsettledQuerySchema,
  VerifyAuditQuerySchema,
} from './audit';
import { InstanceDetailSchema, InstanceRefSchema } from './instance';
import {
  InstanceTypesQuerySchema,
  InstanceTypesSchema,
  ResizeRequestSchema,
  TagRequestSchema,
  TeamRequestSchema,
} from './instance-edits';
import { InstanceHealthPageSchema, InstanceHealthRequestSchema } from './instance-health';
import { InstanceSummaryQuerySchema, InstanceSummarySchema } from './instance-summary';
import { InstancePageSchema, ListInstancesQuerySchema } from './list-instances';
import {
  CpuSparklinesRequestSchema,
  CpuSparklinesSchema,
  InstanceMetricsQuerySchema,
  InstanceMetricsSchema,
} from './metrics';
import { ServiceHealthQuerySchema, ServiceHealthSchema } from './health';
import {
  TraceDetailSchema,
  TracePageSchema,
  TraceRefSchema,
  TraceSearchQuerySchema,
} from './traces';

/**
 * The functions no HTTP request reaches — a schedule's or an EventBridge rule's targets — by the
 * name their metrics and traces carry (`POWERTOOLS_SERVICE_NAME`): the Service health view reads
 * them next to the API's. A test checks it against the functions serverless.yml deploys.
 */
export const EVENT_FUNCTIONS = ['sync-inventory', 'inventory-events', 'anchor-audit'] as const;

/** One HTTP route of the API: what it takes and what it answers with 200. */
export interface ApiRoute {
  readonly method: 'get' | 'post';
  /** With `{name}` path parameters, as API Gateway and OpenAPI write it. */
  readonly path: string;
  /** The function that serves it (apps/functions/<operationId>). */
  readonly operationId: string;
  readonly summary: string;
  /** The role-based permission the function requires. */
  readonly permission: string;
  readonly params?: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  readonly response: z.ZodMiniType;
}

/**
 * Every route of the API, for its description (docs/openapi.json, `npm run openapi`). A test
 * checks it against the routes serverless.yml deploys.
 *
 * @example
 * API_ROUTES.find((route) => route.operationId === 'get-instance')?.path; // '/instances/{region}/{id}'
 */
export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/instances',
    operationId: 'list-instances',
    summary: 'One page of the fleet across the managed regions',
    permission: 'instances:read',
    query: ListInstancesQuerySchema,
    response: InstancePageSchema,
  },
  {
    method: 'get',
    path: '/instances/{region}/{id}',
    operationId: 'get-instance',
    summary: 'One instance',
    permission: 'instances:read',
    params: InstanceRefSchema,
    response: InstanceDetailSchema,
  },
  {
    method: 'get',
    path: '/instances/{region}/{id}/metrics',
    operationId: 'get-instance-metrics',
    summary: 'CPU, network, disk, status checks and credits of one instance',
    permission: 'metrics:read',
    params: InstanceRefSchema,
    query: InstanceMetricsQuerySchema,
    response: InstanceMetricsSchema,
  },
  {
    method: 'get',
    path: '/instances/summary',
    operationId: 'get-instance-summary',
    summary: "Total count, counts per state and tag suggestions of the caller's fleet",
    permission: 'instances:read',
    query: InstanceSummaryQuerySchema,
    response: InstanceSummarySchema,
  },
  {
    method: 'post',
    path: '/instances/health',
    operationId: 'get-instance-health',
    summary: 'Status checks and alarms of up to 100 instances (a list page)',
    permission: 'instances:read',
    body: InstanceHealthRequestSchema,
    response: InstanceHealthPageSchema,
  },
  {
    method: 'post',
    path: '/metrics/cpu-sparklines',
    operationId: 'get-cpu-sparklines',
    summary: '24-hour average CPU of up to 500 instances',
    permission: 'metrics:read',
    body: CpuSparklinesRequestSchema,
    response: CpuSparklinesSchema,
  },
  ...(
    [
      ['start', 'instances:start', ActionRequestSchema],
      ['stop', 'instances:stop', StopRequestSchema],
      ['reboot', 'instances:reboot', ActionRequestSchema],
      ['terminate', 'instances:terminate', ActionRequestSchema],
    ] as const
  ).map(([action, permission, body]): ApiRoute => ({
    method: 'post',
    path: `/instances/${action}`,
    operationId: `${action}-instances`,
    summary: `${action[0]?.toUpperCase()}${action.slice(1)} instances (an Idempotency-Key header makes a retry safe)`,
    permission,
    body,
    response: ActionResponseSchema,
  })),
  {
    method: 'post',
    path: '/instances/protection',
    operationId: 'set-instance-protection',
    summary: 'Set termination and stop protection',
    permission: 'instances:protect',
    body: ProtectionRequestSchema,
    response: ActionResponseSchema,
  },
  {
    method: 'post',
    path: '/instances/tags',
    operationId: 'tag-instances',
    summary: 'Add, change or remove tags other than Team',
    permission: 'instances:tag',
    body: TagRequestSchema,
    response: ActionResponseSchema,
  },
  {
    method: 'post',
    path: '/instances/team',
    operationId: 'set-instance-team',
    summary: 'Set or remove the Team tag, which decides who sees an instance (admins)',
    permission: 'instances:tag-team',
    body: TeamRequestSchema,
    response: ActionResponseSchema,
  },
  {
    method: 'post',
    path: '/instances/resize',
    operationId: 'resize-instances',
    summary: 'Change the instance type of stopped instances',
    permission: 'instances:resize',
    body: ResizeRequestSchema,
    response: ActionResponseSchema,
  },
  {
    method: 'get',
    path: '/instance-types',
    operationId: 'list-instance-types',
    summary: 'The instance types of a region for one architecture (the resize choices)',
    permission: 'instances:resize',
    query: InstanceTypesQuerySchema,
    response: InstanceTypesSchema,
  },
  {
    method: 'get',
    path: '/audit',
    operationId: 'list-audit-events',
    summary: 'Audit records, newest first',
    permission: 'audit:read',
    query: ListAuditQuerySchema,
    response: AuditPageSchema,
  },
  {
    method: 'post',
    path: '/audit/verify',
    operationId: 'verify-audit',
    summary: 'Verify the hash chains against their anchors',
    permission: 'audit:verify',
    query: VerifyAuditQuerySchema,
    response: AuditVerificationSchema,
  },
  {
    method: 'get',
    path: '/audit/unsettled',
    operationId: 'list-unsettled-audit',
    summary: 'Attempts whose outcome was never written',
    permission: 'audit:verify',
    query: UnsettledQuerySchema,
    response: UnsettledPageSchema,
  },
  {
    method: 'post',
    path: '/audit/reconcile',
    operationId: 'reconcile-audit',
    summary: "Close stuck attempts from the instances' actual state",
    permission: 'audit:verify',
    query: UnsettledQuerySchema,
    response: ReconcileResponseSchema,
  },
  {
    method: 'get',
    path: '/traces',
    operationId: 'list-traces',
    summary: 'Search the X-Ray traces of the product (SREs and admins)',
    permission: 'traces:read',
    query: TraceSearchQuerySchema,
    response: TracePageSchema,
  },
  {
    method: 'get',
    path: '/traces/{id}',
    operationId: 'get-trace',
    summary: 'One trace as a waterfall of its segments and subsegments',
    permission: 'traces:read',
    params: TraceRefSchema,
    response: TraceDetailSchema,
  },
  {
    method: 'get',
    path: '/health',
    operationId: 'get-service-health',
    summary: 'Requests, errors and latency per function, and outcomes per action (own metrics)',
    permission: 'health:read',
    query: ServiceHealthQuerySchema,
    response: ServiceHealthSchema,
  },
];
