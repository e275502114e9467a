import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ec2ErrorResponse } from '../ec2/protocol/response';
import type { InjectedError } from '../faults/fault-config';
import type { AwsResponse } from '../service-handler';
import { escapeXml } from '../ec2/protocol/xml';

interface ErrorWording {
  readonly code: string;
  readonly message: string;
  readonly status: number;
}

// EC2 names its throttling RequestLimitExceeded (503); the other query/JSON services say
// Throttling (400), and their server faults are InternalFailure/ServiceUnavailable.
const EC2_WORDING: Readonly<Record<InjectedError, ErrorWording>> = {
  RequestLimitExceeded: {
    code: 'RequestLimitExceeded',
    message: 'Request limit exceeded.',
    status: 503,
  },
  InternalError: { code: 'InternalError', message: 'An internal error has occurred', status: 500 },
  Unavailable: {
    code: 'Unavailable',
    message: "The server is overloaded and can't handle the request.",
    status: 503,
  },
};

const OTHER_WORDING: Readonly<Record<InjectedError, ErrorWording>> = {
  RequestLimitExceeded: { code: 'Throttling', message: 'Rate exceeded', status: 400 },
  InternalError: {
    code: 'InternalFailure',
    message: 'The request processing has failed because of an unknown error.',
    status: 500,
  },
  Unavailable: {
    code: 'ServiceUnavailable',
    message: 'The service is currently unavailable.',
    status: 503,
  },
};

function isJsonProtocol(headers: IncomingHttpHeaders): boolean {
  return (
    headers['x-amz-target'] !== undefined ||
    String(headers['content-type'] ?? '').startsWith('application/x-amz-json')
  );
}

/** Renders an error the router produces itself (faults, unknown services) in the caller's protocol. */
export function protocolError(
  service: string,
  headers: IncomingHttpHeaders,
  wording: ErrorWording,
): AwsResponse {
  const requestId = randomUUID();
  if (service === 'ec2')
    return ec2ErrorResponse(wording.status, wording.code, wording.message, requestId);
  if (isJsonProtocol(headers)) {
    return {
      status: wording.status,
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': requestId,
        'x-amzn-query-error': `${wording.code};${wording.status >= 500 ? 'Receiver' : 'Sender'}`,
      },
      body: JSON.stringify({ __type: wording.code, message: wording.message }),
    };
  }
  return {
    status: wording.status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body:
      `<ErrorResponse><Error><Type>${wording.status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${escapeXml(wording.code)}</Code>` +
      `<Message>${escapeXml(wording.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/** The answer to an injected fault, in the words of the service that was called. */
export function injectedErrorResponse(
  service: string,
  headers: IncomingHttpHeaders,
  error: InjectedError,
): AwsResponse {
  return protocolError(service, headers, (service === 'ec2' ? EC2_WORDING : OTHER_WORDING)[error]);
}
