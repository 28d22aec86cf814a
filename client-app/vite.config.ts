/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://localhost:5000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: server },
      '/hubs': { target: server, ws: true },
    },
  },
  build: {
    outDir: '../src/Saas.Server/wwwroot',
    emptyOutDir: true,
    // Tree-shaken ECharts is still ~450 kB; it sits in the lazily loaded dashboard chunk.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.tsx'],
    restoreMocks: true,
  },
});
