export interface ProblemDetails {
  title?: string | null;
}

export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, problem?: ProblemDetails) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** Returns the body of a successful openapi-fetch call; throws an ApiError for any other status. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error as ProblemDetails | undefined);
  // openapi-fetch leaves data undefined only for bodiless responses (204), typed as never.
  return data as T;
}
