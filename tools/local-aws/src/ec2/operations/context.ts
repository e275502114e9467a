import type { QueryParams } from '../protocol/query-params';
import type { Ec2State } from '../state/ec2-state';
import type { RegionFleet } from '../state/region-fleet';

/** Everything one EC2 operation needs to answer one request. */
export interface Ec2Context {
  readonly state: Ec2State;
  readonly region: string;
  readonly fleet: RegionFleet;
  readonly params: QueryParams;
  /** One clock reading per request, so every instance of an answer is seen at the same instant. */
  readonly now: number;
}

/** An operation returns the inner XML of its `<ActionResponse>`, or throws an `Ec2Error`. */
export type Ec2Operation = (context: Ec2Context) => string;
