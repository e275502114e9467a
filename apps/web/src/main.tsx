import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadRuntimeConfig } from './config/runtime-config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// Settings first: nothing can talk to the API before config.json says where it is.
loadRuntimeConfig().then(
  (config) => {
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
