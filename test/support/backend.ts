import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiInput, ApiInvoker, ApiOutput, MethodName } from '../../shared/api/contract';
import { ApiError, type ApiResult } from '../../shared/errors';
import type { ProjectFields } from '../../shared/schemas/project';
import { createBackend, type Backend } from '../../electron/backend/api/backend';
import { createWebHost } from '../../electron/backend/web/web-host';

export function tempDir(prefix = 'rollout-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const SAMPLE_FIELDS: ProjectFields = {
  name: 'Contoso LLM rollout',
  organisation: 'Contoso',
  description: '',
  plannedStart: '2027-01-04',
  targetGoLive: '2027-09-30',
  currency: 'EUR',
};

/** The real backend on a temporary projects folder, with a typed `invoke` that throws ApiError like the UI's client. */
export interface TestBackend extends ApiInvoker {
  backend: Backend;
  projectsDir: string;
  dataDir: string;
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

export function startTestBackend(dir = tempDir()): TestBackend {
  const projectsDir = path.join(dir, 'projects');
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(projectsDir, { recursive: true });
  const backend = createBackend(createWebHost(projectsDir, dataDir, 'tester'), () => undefined);
  return {
    backend,
    projectsDir,
    dataDir,
    raw: (method, input) => backend.dispatch(method, input),
    async invoke<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const result = await backend.dispatch(method, input);
      if (!result.ok) throw ApiError.fromShape(result.error);
      return result.value as ApiOutput<M>;
    },
    close: () => backend.close(),
  };
}

/** Files beside a project (journals, WAL, temporaries) — a closed project must have none. */
export function sideFiles(projectPath: string): string[] {
  const base = path.basename(projectPath);
  return fs.readdirSync(path.dirname(projectPath)).filter((name) => name !== base && name.includes(base.replace(/\.rollout$/, '')) && !name.endsWith('.bak'));
}
