import type { UnsettledPage } from '@fleet/contract';
import { renderToStaticMarkup } from 'react-dom/server';
import { UnsettledAttemptsAlert } from './unsettled-attempts-alert';

const anUnsettledAttempt = (requestId: string): UnsettledPage['items'][number] => ({
  attempt: null,
  claim: {
    chain: 'eu-west-1/i-0123456789abcdef0',
    requestId,
    claimedAt: '2026-12-01T05:00:00.000Z',
    action: 'stop',
    region: 'eu-west-1',
    instanceId: 'i-0123456789abcdef0',
    actorEmail: 'operator@example.com',
  },
  ageSeconds: 600,
});

const titleOf = (count: number): string | undefined => {
  const items = Array.from({ length: count }, (_, index) => anUnsettledAttempt(`r${index}`));
  const html = renderToStaticMarkup(<UnsettledAttemptsAlert items={items} />);
  return /class="[^"]*MuiAlertTitle-root[^"]*"[^>]*>([^<]+)</.exec(html)?.[1];
};

describe('UnsettledAttemptsAlert', () => {
  it('counts one attempt in the singular and more in the plural', () => {
    expect([titleOf(1), titleOf(2)]).toEqual([
      '1 attempt without an outcome',
      '2 attempts without an outcome',
    ]);
  });

  it('names each attempt: action, instance, who, how long ago, and that nothing was done', () => {
    const html = renderToStaticMarkup(
      <UnsettledAttemptsAlert items={[anUnsettledAttempt('r1')]} />,
    );

    expect(html).toContain(
      'stop i-0123456789abcdef0 by operator@example.com, 10 min ago (never recorded: nothing was done)',
    );
  });
});
