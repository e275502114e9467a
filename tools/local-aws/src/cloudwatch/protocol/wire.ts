import type { AwsRequest } from '../../service-handler';
import type { CloudWatchError } from '../errors';

/** What an adapter hands back to be written on the wire. */
export interface WireReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A decoded call: the operation's API name and its protocol-neutral input. */
export interface DecodedCall {
  readonly operation: string;
  readonly input: unknown;
  /** The operation is not one this emulator serves. */
  readonly unknown: boolean;
}

/**
 * One wire protocol: decodes a request into an operation call and encodes results and errors.
 * Adapters hold no CloudWatch behaviour; the operations are shared by both.
 */
export interface ProtocolAdapter {
  readonly name: 'json' | 'query';
  /** Throws a {@link CloudWatchError} for a request it cannot read. */
  parse(request: AwsRequest): DecodedCall;
  success(operation: string, output: unknown, requestId: string): WireReply;
  failure(error: CloudWatchError, requestId: string): WireReply;
  unknownOperation(operation: string, requestId: string): WireReply;
}
