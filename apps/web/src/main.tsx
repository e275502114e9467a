import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadRuntimeConfig } from './config/runtime-config';
import { adoptSessionFromOtherTabs, SESSION_CHANNEL } from './features/auth/session-wiring';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// Settings first: nothing can talk to the API before config.json says where it is.
// A tab opened from the console (ctrl/middle-click) asks the open tabs for their session first.
const adopted =
  typeof BroadcastChannel === 'function'
    ? adoptSessionFromOtherTabs(window.sessionStorage, new BroadcastChannel(SESSION_CHANNEL), 200)
    : Promise.resolve(false);

Promise.all([loadRuntimeConfig(), adopted]).then(
  ([config]) => {
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    );
  },
  async (error: unknown) => {
    console.error('Could not start the console', error);
    // Its own chunk: a console that starts never downloads it.
    const { StartupError } = await import('./app/startup-error');
    root.render(<StartupError error={error} />);
  },
);
