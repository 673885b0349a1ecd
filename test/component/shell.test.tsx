import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEPS } from '../../shared/steps';
import type { TemplateId } from '../../shared/schemas/project';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

async function openShell(template: TemplateId = 'ten-step') {
  await env.client.invoke('project.create', { fields: PILOT_FIELDS, template });
  const user = userEvent.setup();
  renderApp(env.client);
  const nav = await screen.findByRole('navigation', { name: 'Project' });
  return { user, nav };
}

const topBar = () => screen.getByRole('banner');

describe('app shell', () => {
  it('lists the ten steps in order, each with a status in words', async () => {
    const { nav } = await openShell();
    const stepList = within(nav).getByRole('list', { name: 'The ten steps' });
    const links = within(stepList).getAllByRole('link');
    expect(links).toHaveLength(10);
    links.forEach((link, index) => {
      expect(link).toHaveTextContent(STEPS[index]!.title);
      expect(link).toHaveTextContent(/Not started|In progress|Done|Attention/);
    });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1, name: PILOT_FIELDS.name }));
  });

  it('navigates between views, marks the current one and keeps it in the address', async () => {
    const { user, nav } = await openShell();
    const vendors = within(nav).getByRole('link', { name: /Products and vendors/ });
    await user.click(vendors);

    expect(screen.getByRole('heading', { level: 1, name: 'Products and vendors' })).toBeInTheDocument();
    expect(vendors).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
    expect(window.location.hash).toBe('#/step/vendors');

    await user.click(within(nav).getByRole('link', { name: 'Timeline' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '1. Assemble the cross-functional team' })).toBeInTheDocument();
  });

  it('opens on the view named in the address', async () => {
    window.history.replaceState(null, '', '/#/step/pilot');
    await openShell();
    expect(screen.getByRole('heading', { level: 1, name: 'Pilot' })).toBeInTheDocument();
  });

  it('renames the project in Project details, then undoes and redoes it from the top bar', async () => {
    const { user, nav } = await openShell();
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    const name = screen.getByLabelText('Project name');
    await user.clear(name);
    await user.type(name, 'Finance assistant');
    await user.tab();

    await waitFor(() => expect(within(topBar()).getByText('Finance assistant')).toBeInTheDocument());
    expect(within(topBar()).getByText('All changes saved')).toBeInTheDocument();
    const undo = within(topBar()).getByRole('button', { name: 'Undo Rename project to "Finance assistant"' });
    await user.click(undo);

    await waitFor(() => expect(within(topBar()).getByText(PILOT_FIELDS.name)).toBeInTheDocument());
    expect(screen.getByLabelText('Project name')).toHaveValue(PILOT_FIELDS.name);
    await user.click(within(topBar()).getByRole('button', { name: /^Redo Rename project/ }));
    await waitFor(() => expect(within(topBar()).getByText('Finance assistant')).toBeInTheDocument());
  });

  it('undoes with Ctrl+Z outside text fields, but leaves Ctrl+Z in a text field to the browser', async () => {
    const { user, nav } = await openShell();
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    const organisation = screen.getByLabelText('Organisation');
    await user.clear(organisation);
    await user.type(organisation, 'Contoso{Enter}');
    await waitFor(() => expect(within(topBar()).getByRole('button', { name: /^Undo Change project organisation/ })).toBeEnabled());

    await user.keyboard('{Control>}z{/Control}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(organisation).toHaveValue('Contoso');
    expect((await env.client.invoke('project.current', {}))?.project.organisation).toBe('Contoso');

    organisation.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByLabelText('Organisation')).toHaveValue(PILOT_FIELDS.organisation));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(screen.getByLabelText('Organisation')).toHaveValue('Contoso'));
  });

  it('refuses a go-live before the planned start, with the message next to the field, and saves nothing', async () => {
    const { user, nav } = await openShell();
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    const goLive = screen.getByLabelText('Target go-live');
    await user.clear(goLive);
    await user.type(goLive, '2026-01-15');
    await user.tab();

    expect(goLive).toHaveAttribute('aria-invalid', 'true');
    expect(goLive).toHaveAccessibleDescription('The target go-live cannot be before the planned start');
    expect(within(topBar()).getByRole('button', { name: /^Undo/ })).toBeDisabled();
    const current = await env.client.invoke('project.current', {});
    expect(current?.project.targetGoLive).toBe(PILOT_FIELDS.targetGoLive);
  });

  it('records % complete of a task, validates it, and the step status follows', async () => {
    const { user, nav } = await openShell();
    const teamLink = within(nav).getByRole('link', { name: /Cross-functional team/ });
    await user.click(teamLink);
    const percent = screen.getByLabelText('% complete of Confirm executive sponsor and mandate');

    await user.clear(percent);
    await user.type(percent, '150{Enter}');
    expect(percent).toHaveAccessibleDescription('At most 100%');

    await user.clear(percent);
    await user.type(percent, '40{Enter}');
    await waitFor(() => expect(teamLink).toHaveTextContent('In progress'));
    expect(percent).not.toHaveAttribute('aria-invalid');
    expect(within(topBar()).getByRole('button', { name: /^Undo Set "Confirm executive sponsor and mandate" to 40%/ })).toBeEnabled();
  });

  it('asks for a reason before a status override is saved', async () => {
    const { user, nav } = await openShell();
    const teamLink = within(nav).getByRole('link', { name: /Cross-functional team/ });
    await user.click(teamLink);
    await user.selectOptions(screen.getByLabelText('Status override'), 'Done');

    const reason = screen.getByLabelText('Reason for the override');
    expect(reason).toHaveAccessibleDescription(/Say why the status is overridden/);
    expect(teamLink).toHaveTextContent('Not started');

    await user.type(reason, 'Team confirmed at the steering committee');
    await user.tab();
    await waitFor(() => expect(teamLink).toHaveTextContent('Done'));
  });

  it('teaches where tasks come from when a blank project has none', async () => {
    const { user, nav } = await openShell('blank');
    await user.click(within(nav).getByRole('link', { name: /Communications/ }));
    expect(screen.getByText(/This project was created blank/)).toBeInTheDocument();
  });

  it('follows the menu: undo outside a text field, theme and close', async () => {
    const { user, nav } = await openShell();
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    await user.selectOptions(screen.getByLabelText('Currency'), 'CHF');
    await waitFor(() => expect(within(topBar()).getByRole('button', { name: /^Undo Change project currency/ })).toBeEnabled());

    act(() => env.emit({ type: 'menu', command: 'undo' }));
    await waitFor(() => expect(screen.getByLabelText('Currency')).toHaveValue('EUR'));

    act(() => env.emit({ type: 'menu', command: 'theme-projection' }));
    expect(document.documentElement.dataset.theme).toBe('projection');
    expect(within(topBar()).getByLabelText('Theme')).toHaveValue('projection');

    act(() => env.emit({ type: 'menu', command: 'close' }));
    expect(await screen.findByRole('button', { name: 'New project…' })).toBeInTheDocument();
  });

  it('shows what changed, by whom, in Activity', async () => {
    const { user, nav } = await openShell();
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    await user.selectOptions(screen.getByLabelText('Currency'), 'USD');
    await waitFor(() => expect(within(topBar()).getByRole('button', { name: /^Undo Change project currency/ })).toBeEnabled());

    await user.click(within(nav).getByRole('link', { name: 'Activity' }));
    const table = screen.getByRole('table', { name: 'Activity, newest first' });
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(firstRow).toHaveTextContent('tester');
    expect(firstRow).toHaveTextContent(/currency/i);
  });
});
