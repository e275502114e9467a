import type { APIGatewayProxyEvent } from 'aws-lambda';

/**
 * The query string as one object: a parameter given once is a string, a repeated one an array.
 * API Gateway's single-value map keeps only the last of repeated parameters, so the multi-value
 * map is the source of truth when present.
 */
export function queryParametersOf(event: APIGatewayProxyEvent): Record<string, string | string[]> {
  const multi = event.multiValueQueryStringParameters;
  if (multi) {
    return Object.fromEntries(
      Object.entries(multi)
        .filter(
          (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0,
        )
        .map(([key, values]) => [key, values.length === 1 ? (values[0] as string) : values]),
    );
  }
  return Object.fromEntries(
    Object.entries(event.queryStringParameters ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
