import Button from '@mui/material/Button';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CognitoAuth } from '../api/cognito-types';
import { createSessionStore } from '../session/session-store';
import { MemoryStorage, fakeIdToken } from '../testing/fake-tokens';
import { AuthProvider } from './auth-provider';
import { PermittedAction } from './permitted-action';

const DISABLED_BUTTON = /<button[^>]*\sdisabled=""/;

function renderAs(groups: string[]): string {
  const store = createSessionStore({
    storage: new MemoryStorage(),
    cognito: async () => ({}) as CognitoAuth,
  });
  store.signedIn({
    idToken: fakeIdToken({ sub: 's', email: 'v@example.com', 'cognito:groups': groups }),
    accessToken: 'a',
    refreshToken: 'r',
    expiresInSeconds: 3600,
  });
  return renderToStaticMarkup(
    <AuthProvider store={store} cognito={async () => ({}) as CognitoAuth}>
      <PermittedAction permission="instances:stop">
        {({ disabled }) => <Button disabled={disabled}>Stop</Button>}
      </PermittedAction>
    </AuthProvider>,
  );
}

describe('PermittedAction', () => {
  it('renders the action enabled for a role that holds the permission', () => {
    const html = renderAs(['operators', 'team-payments']);

    expect(html).not.toMatch(DISABLED_BUTTON);
    expect(html).not.toContain('permission-denied');
  });

  it('renders the action disabled, saying who may use it, for a viewer', () => {
    const html = renderAs(['viewers', 'team-payments']);

    expect(html).toMatch(DISABLED_BUTTON);
    expect(html).toContain('Operators and admins can stop instances; you are a viewer.');
  });
});
