import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { runtimeConfigPlugin } from './vite/runtime-config-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env['WEB_PORT'] || 4200);

// Settings come from /config.json at run time (see runtime-config-plugin.ts), never from
// import.meta.env: one build must serve every stage.
export default defineConfig({
  root,
  plugins: [react(), runtimeConfigPlugin()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Fewer, larger files where nobody pays for it (the budget is the gzip sum of a route's
        // files, and each file compresses on its own): what the entry imports statically in one
        // chunk beside it, and TanStack Query in one chunk, as every signed-in page uses it all.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'] },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
});
