/** RFC 9457 problem details, as the server answers every failed call. */
export interface ProblemDetails {
  /** A URI naming the kind of problem, where the client must tell kinds apart. */
  type?: string | null;
  title?: string | null;
  detail?: string | null;
  /** Validation problems: messages per field. */
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | undefined;

  constructor(status: number, problem?: ProblemDetails) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

// A failed call without a JSON body (a proxy's 502, an empty 403) leaves openapi-fetch a string or nothing.
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Returns the body of a successful openapi-fetch call; throws an ApiError for any other status. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isObject(error) ? (error as ProblemDetails) : undefined);
  // openapi-fetch leaves data undefined only for bodiless responses (204), typed as never.
  return data as T;
}

/** A validation problem's messages for one field, if the error is one and names that field. */
export const fieldErrors = (error: Error | null, field: string): string[] | undefined =>
  error instanceof ApiError ? error.problem?.errors?.[field] : undefined;
