import { apiGatewayEvent } from '@fleet/testing';
import { queryParametersOf } from './query-parameters';

describe('queryParametersOf', () => {
  it('keeps every value of a repeated parameter, which the single-value map would drop', () => {
    const event = apiGatewayEvent({ query: { tag: ['Team=a', 'Team=b'], q: 'web' } });

    expect(queryParametersOf(event)).toEqual({ tag: ['Team=a', 'Team=b'], q: 'web' });
  });

  it('answers an empty object when there is no query string', () => {
    expect(queryParametersOf(apiGatewayEvent())).toEqual({});
  });
});
