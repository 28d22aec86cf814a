import createClient from 'openapi-fetch';
import { env } from '@/lib/env';
import { unauthorizedMiddleware, xsrfMiddleware } from './middleware';
import type { paths } from './schema';

export const api = createClient<paths>({ baseUrl: env.apiBaseUrl, credentials: 'same-origin' });

// A full page load also drops every cached query and the live connection of the expired session.
api.use(xsrfMiddleware, unauthorizedMiddleware(() => window.location.assign('/login')));
