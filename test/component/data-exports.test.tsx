import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/api/ApiContext';
import { DataExportsPanel } from '../../renderer/features/exports/DataExportsPanel';
import { createTestBackend, type TestBackend } from './in-process-backend';

let backend: TestBackend;
const downloads: string[] = [];

beforeEach(() => {
  backend = createTestBackend();
  downloads.length = 0;
  // jsdom has no object URLs or real downloads: record what the link would have saved.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  backend.dispose();
});

const renderPanel = () => render(<ApiProvider client={backend.client}><DataExportsPanel /></ApiProvider>);

describe('DataExportsPanel', () => {
  it('offers each format with what it is for and downloads the file the backend prepares', async () => {
    await backend.client.invoke('project.openSample', {});
    renderPanel();
    const section = screen.getByRole('region', { name: 'Data exports' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(4);
    expect(within(section).getByText(/One sheet per table/)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Download MS Project file' }));
    await waitFor(() => expect(downloads).toEqual(['Northwind Insurance GenAI assistant rollout.xml']));
    expect(screen.getByRole('status')).toHaveTextContent('Saved Northwind Insurance GenAI assistant rollout.xml.');
    await userEvent.click(within(section).getByRole('button', { name: 'Download CSV files' }));
    await waitFor(() => expect(downloads[1]).toBe('Northwind Insurance GenAI assistant rollout - tables (CSV).zip'));
  });

  it('shows the reason in an alert when the export cannot be prepared', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Download calendar' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Export failed');
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download calendar' })).toBeEnabled();
  });
});
