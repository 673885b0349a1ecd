/** The closed set of error codes every API method may answer with. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NO_PROJECT',
  'UNSUPPORTED',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FILE_FOREIGN',
  'FILE_NEWER',
  'FILE_CORRUPT',
  'FILE_LOCKED',
  'FILE_READONLY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Path of the offending field, e.g. ["patch", "targetGoLive"]. */
  path: (string | number)[];
  message: string;
}

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** Thrown by handlers and by the renderer's client; carries a code the UI can act on and a message a person can read. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): ApiErrorShape {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.issues ?? []);
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
