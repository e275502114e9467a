import type { AwsResponse } from '../../service-handler';
import { escapeXml } from './xml';

/** The API version every current SDK sends; EC2 answers in its namespace. */
export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

const XML_HEADERS = { 'content-type': 'text/xml;charset=UTF-8', server: 'AmazonEC2' } as const;

/** A successful `<ActionResponse>` with its `requestId` first, as EC2 writes it. */
export function ec2Success(action: string, requestId: string, inner: string): AwsResponse {
  return {
    status: 200,
    headers: { ...XML_HEADERS },
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${EC2_NAMESPACE}">` +
      `<requestId>${requestId}</requestId>${inner}</${action}Response>`,
  };
}

/** EC2's error document (`<Response><Errors>…</Errors><RequestID>`), not the usual query shape. */
export function ec2ErrorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
): AwsResponse {
  return {
    status,
    headers: { ...XML_HEADERS },
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(code)}</Code>` +
      `<Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
  };
}
