import { parseDatagram, type SegmentDocument } from './segment-document';
import { TraceStore } from './trace-store';

const TRACE = '1-5759e988-bd862e3fe1be46a994272793';
const segment: SegmentDocument = {
  name: 'list-instances',
  id: '70de5b6f19ff9a0a',
  trace_id: TRACE,
  start_time: 1,
  end_time: 2,
};
const subsegment = (id: string): SegmentDocument => ({
  name: 'DynamoDB',
  id,
  trace_id: TRACE,
  parent_id: segment.id,
  type: 'subsegment',
  start_time: 1.1,
  end_time: 1.2,
});

describe('TraceStore', () => {
  it('assembles a trace once per change: the same object until a document of it arrives', () => {
    const store = new TraceStore();
    store.put(segment);
    store.put(subsegment('0000000000000001'));

    const first = store.get(TRACE);
    expect(store.get(TRACE)).toBe(first);
    expect(store.all()[0]).toBe(first);

    store.put(subsegment('0000000000000002'));
    const second = store.get(TRACE);
    expect(second).not.toBe(first);
    expect(second?.segments[0]?.subsegments?.map((child) => child.id)).toEqual([
      '0000000000000001',
      '0000000000000002',
    ]);
    expect(second?.revision).toBe(3);
  });

  it('counts what it refuses whichever way it came, keeps the rest, and forgets both on clear', () => {
    const store = new TraceStore();
    const header = '{"format": "json", "version": 1}\n';

    store.ingest(header + JSON.stringify(segment), parseDatagram);
    store.ingest(JSON.stringify(subsegment('0000000000000001')));
    expect(() => store.ingest(JSON.stringify(segment), parseDatagram)).toThrow(/header line/);
    expect(() => store.ingest('{"name":"x"}')).toThrow(/id is not 16 hex digits/);

    expect({ size: store.size, rejected: store.rejected }).toEqual({ size: 1, rejected: 2 });
    store.clear();
    expect({ size: store.size, rejected: store.rejected }).toEqual({ size: 0, rejected: 0 });
  });
});
