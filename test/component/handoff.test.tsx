import fs from 'node:fs';
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/api/ApiContext';
import { HandoffSection } from '../../renderer/features/interchange/HandoffSection';
import { RolloutProvider } from '../../renderer/state/RolloutProvider';
import { createTestBackend, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
/** What the download links would have saved: the file name and its bytes. */
const downloads: { name: string; bytes: Uint8Array }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  env = createTestBackend();
  downloads.length = 0;
  blobs.clear();
  // jsdom saves nothing: keep each blob behind its object URL and read it when the link is clicked.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) void blob.arrayBuffer().then((buffer) => downloads.push({ name: this.download, bytes: new Uint8Array(buffer) }));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  env.dispose();
});

const renderSection = () => render(<ApiProvider client={env.client}><RolloutProvider><HandoffSection /></RolloutProvider></ApiProvider>);

describe('hand-off and interchange', () => {
  it('exports the project as JSON, and the start screen imports that file as a new project that opens', async () => {
    const user = userEvent.setup();
    await env.client.invoke('project.openSample', {});
    const section = renderSection();
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['Northwind Insurance - GenAI assistant rollout.json']));
    const json = new TextDecoder().decode(downloads[0]?.bytes);
    expect(JSON.parse(json)).toMatchObject({ format: 'rollout-planner/project', tables: { project: [{ name: 'Northwind Insurance: GenAI assistant rollout' }] } });
    section.unmount();

    // The client's machine: another projects folder, the start screen, "Import…".
    const client = createTestBackend();
    try {
      const app = renderApp(client.client);
      await screen.findByRole('heading', { level: 1, name: 'Rollout Planner' });
      const input = app.container.querySelector('input[type="file"]') as HTMLInputElement;
      expect(input).toHaveAttribute('accept', expect.stringContaining('.json'));
      await user.upload(input, new File([json], 'northwind.json', { type: 'application/json' }));
      expect(await screen.findAllByText('Northwind Insurance: GenAI assistant rollout', {}, { timeout: 10_000 })).not.toHaveLength(0);
      expect(fs.readdirSync(client.host.projectsDir).filter((f) => f.endsWith('.rollout'))).toEqual(['Northwind Insurance- GenAI assistant rollout.rollout']);
    } finally {
      client.dispose();
    }
  });

  it('lists what a refused import file is missing, path by path', async () => {
    const user = userEvent.setup();
    const app = renderApp(env.client);
    await screen.findByRole('heading', { level: 1, name: 'Rollout Planner' });
    const input = app.container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['{"format":"rollout-planner/project","formatVersion":1,"tables":{"project":[{"name":""}]}}'], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json cannot be imported');
    expect(within(alert).getByRole('list', { name: 'Problems found in the file' })).toBeInTheDocument();
  });

  it('makes the hand-off copy with the chosen redactions and the report printed by the host', async () => {
    const user = userEvent.setup();
    // The desktop host's printer (Electron's printToPDF): the hand-off must use it rather than look for a Chromium.
    const printToPdf = vi.fn(async (html: string) => new TextEncoder().encode(`%PDF-fake ${html.length}`));
    env.host.printToPdf = printToPdf;
    await env.client.invoke('project.openSample', {});
    renderSection();
    await user.click(screen.getByRole('button', { name: 'Export for hand-off…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export for hand-off' });
    expect(within(dialog).getByRole('checkbox', { name: /Internal notes/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /Evaluator names/ })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: /Cost figures/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Executive rollout report' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'One-page status report' }));
    const summary = within(dialog).getByRole('list');
    expect(summary).toHaveTextContent('Unit costs, committed and actual amounts, vendor prices and the approved budget are removed; the reports say the figures are redacted.');
    expect(summary).toHaveTextContent('Reports beside it: One-page status report.');

    // A field that does not exist: the message stands under the field, nothing is downloaded.
    const fields = within(dialog).getByLabelText('Other fields to blank');
    await user.type(fields, 'risk.nothing');
    await user.click(within(dialog).getByRole('button', { name: 'Export hand-off copy' }));
    await waitFor(() => expect(fields).toHaveAccessibleDescription(/The risk has no field "nothing"/));
    expect(downloads).toEqual([]);

    await user.clear(fields);
    await user.type(fields, 'risk.owner');
    await user.click(within(dialog).getByRole('button', { name: 'Export hand-off copy' }));
    expect(await within(dialog).findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent('Northwind Insurance- GenAI assistant rollout (hand-off).zip is downloading');
    await waitFor(() => expect(downloads).toHaveLength(1));
    const zip = unzipSync(downloads[0]?.bytes as Uint8Array);
    expect(Object.keys(zip).sort()).toEqual(['Northwind Insurance- GenAI assistant rollout (hand-off).rollout', 'REDACTIONS.md', 'reports/status.html', 'reports/status.pdf']);
    expect(printToPdf).toHaveBeenCalledTimes(1);
    expect(new TextDecoder().decode(zip['reports/status.pdf'])).toMatch(/^%PDF-fake \d+$/);
    expect(printToPdf.mock.calls[0]?.[0]).toBe(new TextDecoder().decode(zip['reports/status.html']));
    const markdown = new TextDecoder().decode(zip['REDACTIONS.md']);
    expect(markdown).toContain('Cost figures:');
    expect(markdown).toContain('Field risk.owner:');
    expect(new TextDecoder().decode(zip['reports/status.html'])).toContain('Cost figures redacted in this hand-off copy.');
  });

  it('opens a copy without cost figures with the budget saying so instead of showing zeros as the plan', async () => {
    await env.client.invoke('project.openSample', {});
    const result = await env.client.invoke('handoff.export', { redactions: { internalNotes: false, evaluatorNames: false, costFigures: true, fields: [] }, squashHistory: false, reports: [] });
    const zip = unzipSync(Buffer.from(result.base64, 'base64'));
    const copy = Object.keys(zip).find((f) => f.endsWith('.rollout')) as string;
    fs.writeFileSync(`${env.host.projectsDir}/copy.rollout`, zip[copy] as Uint8Array);
    await env.client.invoke('project.open', { path: 'copy.rollout' });
    window.location.hash = '#/budget';
    renderApp(env.client);
    const note = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(within(note).getByText('Cost figures redacted')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Burn chart' })).toBeNull();
    expect(screen.queryByText('Forecast at completion')).toBeNull();
    // The lines themselves stay: what is bought, when, for which step.
    expect(screen.getByRole('heading', { name: 'Cost lines' })).toBeTruthy();
    window.location.hash = '';
  });
});
