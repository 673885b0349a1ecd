import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import { createBackend, type Backend } from '../../electron/backend/api/backend';
import type { Host } from '../../electron/backend/host';
import type { AppEvent } from '../../shared/api/bridge';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api/contract';
import type { ProjectFields } from '../../shared/schemas/project';
import { ApiProvider } from '../../renderer/api/ApiContext';
import { unwrapResult, type ApiClient } from '../../renderer/api/client';
import { App } from '../../renderer/app/App';
import { RolloutProvider } from '../../renderer/state/RolloutProvider';

export interface TestBackend {
  client: ApiClient;
  host: Host;
  backend: Backend;
  /** Delivers a menu command or open-file request as the desktop menu or the web event stream would. */
  emit(event: AppEvent): void;
  dispose(): void;
}

/**
 * The real backend (handlers, SQLite files, history) in-process, behind the same ApiClient the UI gets from a
 * transport. Inputs and outputs go through JSON, as they do over HTTP or IPC.
 */
export function createTestBackend(
  kind: Host['kind'] = 'web',
  dialogs: Pick<Host, 'chooseOpenPath' | 'chooseSavePath'> = {},
): TestBackend {
  const projectsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-projects-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-data-'));
  const host: Host = {
    kind,
    projectsDir,
    dataDir,
    userName: 'tester',
    resolveProjectPath: (input) => path.join(projectsDir, path.basename(input)),
    ...dialogs,
  };
  const backend = createBackend(host, () => {});
  const listeners = new Set<(event: AppEvent) => void>();
  const client: ApiClient = {
    async invoke<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const result = await backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})));
      return unwrapResult<ApiOutput<M>>(JSON.parse(JSON.stringify(result)));
    },
    onAppEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    client,
    host,
    backend,
    emit: (event) => listeners.forEach((listener) => listener(event)),
    dispose() {
      backend.close();
      fs.rmSync(projectsDir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PILOT_FIELDS: ProjectFields = {
  name: 'Copilot for Finance',
  organisation: 'Northwind Traders',
  description: '',
  plannedStart: '2026-03-02',
  targetGoLive: '2026-09-01',
  currency: 'EUR',
};

export function renderApp(client: ApiClient) {
  return render(
    <ApiProvider client={client}>
      <RolloutProvider>
        <App />
      </RolloutProvider>
    </ApiProvider>,
  );
}
