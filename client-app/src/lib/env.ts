/**
 * Runtime configuration, read once at startup. Nothing is required yet:
 * the API and the live hub are served from the same origin as the app.
 */
export const env = {
  apiBaseUrl: '',
} as const;
