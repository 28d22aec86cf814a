/** A company's (tenant's) name: the server refuses longer ones (TenantNames.MaxLength). */
export const TENANT_NAME_MAX_LENGTH = 100;
