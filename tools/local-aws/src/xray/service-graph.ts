import { subsegmentsOf } from './inferred-segments';
import type { SegmentDocument } from './segment-document';
import type { TraceFacts } from './trace-summary';

interface Statistics {
  OkCount: number;
  ErrorStatistics: { ThrottleCount: number; OtherCount: number; TotalCount: number };
  FaultStatistics: { OtherCount: number; TotalCount: number };
  TotalCount: number;
  TotalResponseTime: number;
}

interface Node {
  readonly referenceId: number;
  readonly name: string;
  readonly type: string;
  root: boolean;
  start: number;
  end: number;
  readonly statistics: Statistics;
  readonly edges: Map<number, { start: number; end: number; statistics: Statistics }>;
}

const emptyStatistics = (): Statistics => ({
  OkCount: 0,
  ErrorStatistics: { ThrottleCount: 0, OtherCount: 0, TotalCount: 0 },
  FaultStatistics: { OtherCount: 0, TotalCount: 0 },
  TotalCount: 0,
  TotalResponseTime: 0,
});

function count(statistics: Statistics, segment: SegmentDocument): void {
  statistics.TotalCount++;
  statistics.TotalResponseTime += (segment.end_time ?? segment.start_time) - segment.start_time;
  if (segment.fault) {
    statistics.FaultStatistics.TotalCount++;
    statistics.FaultStatistics.OtherCount++;
  } else if (segment.throttle) {
    statistics.ErrorStatistics.TotalCount++;
    statistics.ErrorStatistics.ThrottleCount++;
  } else if (segment.error) {
    statistics.ErrorStatistics.TotalCount++;
    statistics.ErrorStatistics.OtherCount++;
  } else statistics.OkCount++;
}

class Graph {
  private readonly nodes = new Map<string, Node>();

  node(segment: SegmentDocument): Node {
    const key = `${segment.name}|${segment.origin ?? 'client'}`;
    let node = this.nodes.get(key);
    if (!node) {
      node = {
        referenceId: this.nodes.size,
        name: segment.name,
        type: segment.origin ?? 'client',
        root: false,
        start: segment.start_time,
        end: segment.end_time ?? segment.start_time,
        statistics: emptyStatistics(),
        edges: new Map(),
      };
      this.nodes.set(key, node);
    }
    node.start = Math.min(node.start, segment.start_time);
    node.end = Math.max(node.end, segment.end_time ?? segment.start_time);
    return node;
  }

  add(facts: TraceFacts): void {
    const owner = new Map<string, SegmentDocument>();
    for (const segment of facts.segments)
      for (const entity of [segment, ...subsegmentsOf(segment)]) owner.set(entity.id, segment);
    for (const segment of facts.segments) {
      const node = this.node(segment);
      count(node.statistics, segment);
      const parent = segment.parent_id ? owner.get(segment.parent_id) : undefined;
      if (!parent) {
        node.root = true;
        continue;
      }
      const from = this.node(parent);
      const edge = from.edges.get(node.referenceId) ?? {
        start: segment.start_time,
        end: segment.end_time ?? segment.start_time,
        statistics: emptyStatistics(),
      };
      edge.start = Math.min(edge.start, segment.start_time);
      edge.end = Math.max(edge.end, segment.end_time ?? segment.start_time);
      count(edge.statistics, segment);
      from.edges.set(node.referenceId, edge);
    }
  }

  wire(): Record<string, unknown>[] {
    return [...this.nodes.values()].map((node) => ({
      ReferenceId: node.referenceId,
      Name: node.name,
      Names: [node.name],
      Root: node.root,
      Type: node.type,
      State: 'active',
      StartTime: node.start,
      EndTime: node.end,
      Edges: [...node.edges].map(([referenceId, edge]) => ({
        ReferenceId: referenceId,
        StartTime: edge.start,
        EndTime: edge.end,
        SummaryStatistics: edge.statistics,
        ResponseTimeHistogram: [],
        Aliases: [],
      })),
      SummaryStatistics: node.statistics,
      DurationHistogram: [],
      ResponseTimeHistogram: [],
    }));
  }
}

/**
 * The service graph of some traces, as GetServiceGraph returns it: one node per service (name and
 * origin), an edge wherever a segment's parent lives in another service's segment, and
 * ok/error/throttle/fault counts with total response time on both.
 *
 * @example
 * serviceGraphWire(traces.map(traceFacts));
 */
export function serviceGraphWire(traces: readonly TraceFacts[]): Record<string, unknown>[] {
  const graph = new Graph();
  for (const facts of traces) graph.add(facts);
  return graph.wire();
}
