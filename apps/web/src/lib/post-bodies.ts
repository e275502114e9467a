import type {
  ActionRequest,
  CpuSparklinesRequest,
  InstanceHealthRequest,
  ProtectionRequest,
  ResizeRequest,
  StopRequest,
  TagRequest,
  TeamRequest,
} from '@fleet/contract';

/**
 * What each POST route of the API takes, as the contract defines it: the client accepts no body
 * of another shape, so a contract change breaks the dashboard's build, not its users. A new POST
 * route adds its line here.
 */
export interface PostBodies {
  '/instances/start': ActionRequest;
  '/instances/stop': StopRequest;
  '/instances/reboot': ActionRequest;
  '/instances/terminate': ActionRequest;
  '/instances/protection': ProtectionRequest;
  '/instances/tags': TagRequest;
  '/instances/team': TeamRequest;
  '/instances/resize': ResizeRequest;
  '/metrics/cpu-sparklines': CpuSparklinesRequest;
  '/instances/health': InstanceHealthRequest;
  /** The scope travels in the query; the body is empty. */
  '/audit/verify': Record<string, never>;
}

export type PostPath = keyof PostBodies;
