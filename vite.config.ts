import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressPlugin } from './scripts/build/precompress';

const API_PORT = Number(process.env.GEZIEN_API_PORT ?? 3001);

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The shell, its chunks and the translations; never anything under /api.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        globIgnores: ['**/api/**'],
      },
      devOptions: { enabled: false },
    }),
    precompressPlugin(),
  ],
  // No source maps in the production build: they would serve the readable source (issue 13 row 17).
  build: { sourcemap: false, target: 'es2022' },
  server: { proxy: { '/api': `http://127.0.0.1:${API_PORT}` } },
});
