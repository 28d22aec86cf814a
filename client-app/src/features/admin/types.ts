import type { components } from '@/lib/api/schema';

// 64-bit counts and sizes are typed `integer | string` (see the dashboard's types); the wire carries numbers.
export type TenantPage = components['schemas']['TenantPage'];
export type TenantUsage = components['schemas']['TenantUsage'];
export type DeleteTenantRequest = components['schemas']['DeleteTenantRequest'];
export type AuditEntry = components['schemas']['AuditEntry'];
export type CreateTenantRequest = components['schemas']['CreateTenantRequest'];
export type CreatedTenant = components['schemas']['CreatedTenant'];
export type QueuedMail = components['schemas']['QueuedMail'];
