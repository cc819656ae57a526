/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The gateway (the running launcher) answers /api and /ws; the dev and preview servers proxy to it
// so the app is always same-origin, exactly as when the gateway serves the built files itself.
const gateway = process.env.AIFASHION_GATEWAY ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: gateway, changeOrigin: true },
  '/ws': { target: gateway.replace(/^http/, 'ws'), ws: true, changeOrigin: true },
};

export default defineConfig({
  // esbuild's built-in automatic JSX runtime: no React plugin needed (and none installs cleanly
  // with Vite 7 on Node 20 here).
  esbuild: { jsx: 'automatic' },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    // Maps are written for debugging but not referenced from the bundles (nor packaged into the jar).
    sourcemap: 'hidden',
    target: 'es2022',
    chunkSizeWarningLimit: 250,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router's "use client" directive is meaningless in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (id.includes('react-router')) return 'router';
          if (/@reduxjs|react-redux|redux|immer|reselect/.test(id)) return 'redux';
          return 'vendor';
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
