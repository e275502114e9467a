import { tracer } from '../observability';

/** An X-Ray (sub)segment, as the Powertools tracer hands it out. */
export type Segment = NonNullable<ReturnType<typeof tracer.getSegment>>;

const HANDLER_SEGMENT = Symbol('handlerSegment');
const PARENT_SEGMENT = Symbol('parentSegment');

interface Segments {
  [HANDLER_SEGMENT]?: Segment;
  [PARENT_SEGMENT]?: Segment;
}

/**
 * Opens the `## handler` subsegment, as Powertools' `captureLambdaHandler` does (ColdStart and
 * Service annotations), and keeps it with its parent in the Middy request's `internal`, where
 * {@link closeHandlerSubsegment} finds them. Nothing happens when tracing is off.
 *
 * @example
 * const before = (request: Request): void => openHandlerSubsegment(request.internal);
 */
export function openHandlerSubsegment(internal: object): void {
  if (!tracer.isTracingEnabled()) return;
  const parent = tracer.getSegment();
  if (!parent) return;
  const handler = parent.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
  Object.assign(internal, { [HANDLER_SEGMENT]: handler, [PARENT_SEGMENT]: parent });
  tracer.setSegment(handler);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
}

/**
 * Lets `record` annotate the subsegment {@link openHandlerSubsegment} opened, closes it and gives
 * the parent back to the tracer. A failure to record is logged (as `who`), never thrown: tracing
 * must never change the answer.
 *
 * @example
 * const close = (request: Request): void =>
 *   closeHandlerSubsegment(request.internal, 'trace-authorizer', (segment) => record(segment, request));
 */
export function closeHandlerSubsegment(
  internal: object,
  who: string,
  record: (segment: Segment) => void,
): void {
  const segments = internal as Segments;
  const handler = segments[HANDLER_SEGMENT];
  const parent = segments[PARENT_SEGMENT];
  if (!handler || !parent) return;
  try {
    record(handler);
    handler.close();
  } catch (error) {
    console.warn(`${who}: could not record the subsegment`, error);
  }
  tracer.setSegment(parent);
}

/**
 * Flags a segment that `addError` marked a fault as an error instead (a 4xx), and a throttle too
 * when asked (a 429): X-Ray's flags follow what the caller got.
 *
 * @example
 * segment.addError(cause);
 * flagAsClientError(segment, status === 429);
 */
export function flagAsClientError(segment: Segment, throttle = false): void {
  (segment as { fault?: boolean }).fault = false;
  segment.addErrorFlag();
  if (throttle) segment.addThrottleFlag();
}
