import type { CognitoAuth } from '../api/cognito-types';
import { MemoryStorage, fakeSession } from '../testing/fake-tokens';
import { loadSession, saveSession } from '../utils/session';
import { createSessionStore, type SessionStore } from './session-store';
import { adoptSessionFromOtherTabs, connectSessionTabs, type TabChannel } from './session-tabs';

// Node's own BroadcastChannel: the same same-origin bus the browser gives tabs.
let name = 0;
const channelName = (): string => `fleet-console:session:test-${(name += 1)}`;
const open = (channel: string): TabChannel =>
  new BroadcastChannel(channel) as unknown as TabChannel;

function tab(storage: MemoryStorage, revoke = jest.fn(async () => undefined)): SessionStore {
  const cognito = { revoke } as unknown as CognitoAuth;
  return createSessionStore({ storage, cognito: async () => cognito });
}

const disconnects: (() => void)[] = [];
afterEach(() => disconnects.splice(0).forEach((disconnect) => disconnect()));

describe('sessions shared across tabs', () => {
  it('hands the open tab’s session to a new tab that has none', async () => {
    const channel = channelName();
    const first = new MemoryStorage();
    saveSession(first, fakeSession(['operators'], Date.now() + 3_600_000));
    disconnects.push(connectSessionTabs(tab(first), open(channel)));
    const second = new MemoryStorage();

    const adopted = await adoptSessionFromOtherTabs(second, open(channel), 1_000);

    expect(adopted).toBe(true);
    expect(loadSession(second)).toEqual(loadSession(first));
  });

  it('starts signed out when no tab answers', async () => {
    const storage = new MemoryStorage();

    await expect(adoptSessionFromOtherTabs(storage, open(channelName()), 50)).resolves.toBe(false);
    expect(loadSession(storage)).toBeNull();
  });

  it('signs every tab out when one signs out, revoking the refresh token once', async () => {
    const channel = channelName();
    const session = fakeSession(['operators'], Date.now() + 3_600_000);
    const [a, b] = [new MemoryStorage(), new MemoryStorage()];
    saveSession(a, session);
    saveSession(b, session);
    const revokeA = jest.fn(async () => undefined);
    const revokeB = jest.fn(async () => undefined);
    const [tabA, tabB] = [tab(a, revokeA), tab(b, revokeB)];
    disconnects.push(
      connectSessionTabs(tabA, open(channel)),
      connectSessionTabs(tabB, open(channel)),
    );
    const signedOut = new Promise<void>((resolve) => {
      tabB.subscribe(() => {
        if (!tabB.getSnapshot().session) resolve();
      });
    });

    await tabA.signOut();
    await signedOut;

    expect(tabB.getSnapshot()).toMatchObject({ session: null, ended: 'signed-out' });
    expect(loadSession(b)).toBeNull();
    expect(revokeA).toHaveBeenCalledTimes(1);
    expect(revokeB).not.toHaveBeenCalled();
  });
});
