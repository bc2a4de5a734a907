// Builds the renderer into dist/renderer with relative paths, so it loads from file:// or the app protocol.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One chunk is fine for a desktop app loading from disk.
    chunkSizeWarningLimit: 2000,
    // The plugin-timing report is noise on a busy CI machine.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  logLevel: 'warn',
});
