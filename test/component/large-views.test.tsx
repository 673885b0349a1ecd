import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CostLineFields } from '../../shared/schemas/budget';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

const line = (i: number): CostLineFields => ({
  category: 'licences', description: `Line ${i}`, stepKey: null, waveId: null, vendorId: null, taskId: null, costType: 'one_off',
  quantity: 1, unitCost: 100_00, currency: 'EUR', startMonth: '2026-04', endMonth: '2026-04', scheduleFrom: 'line', committed: 0, actual: 0, notes: '',
});

async function open(link: RegExp) {
  const user = userEvent.setup();
  renderApp(env.client);
  const nav = await screen.findByRole('navigation', { name: 'Project' });
  await user.click(within(nav).getByRole('link', { name: link }));
  return user;
}

// Views of a large project draw only what a screen can show (docs/benchmarks.md measures them on 2,000 lines and
// 100 vendors); these check that they stay complete and editable while doing so.
describe('large budgets and evaluations', () => {
  it('draws a window of a long list of cost lines, which still edits in place', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    await env.client.invoke('budget.addLines', { lines: [...Array.from({ length: 150 }, (_, i) => line(i + 1)), { ...line(151), category: 'training', description: 'Workshop' }] });
    const user = await open(/^Budget$/);
    const table = await screen.findByRole('table', { name: /Cost lines/ });
    expect(table).toHaveAttribute('aria-rowcount', '152');
    expect(screen.getByText('151 lines')).toBeInTheDocument();
    const drawn = within(table).getAllByRole('row').filter((row) => row.hasAttribute('aria-rowindex'));
    // The header and the first lines, not all 150; a spacer row holds the height of the rest.
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[1]).toHaveAttribute('aria-rowindex', '2');
    expect(table.querySelector('tr.window-spacer')).not.toBeNull();
    expect(within(table).queryByLabelText('Quantity of Line 150')).toBeNull();

    const quantity = within(table).getByLabelText('Quantity of Line 1');
    await user.clear(quantity);
    await user.type(quantity, '3{Enter}');
    await waitFor(() => expect(within(quantity.closest('tr') as HTMLElement).getByText(/300\.00/)).toBeInTheDocument());
    expect((await env.client.invoke('budget.get', {})).lines[0]?.quantity).toBe(3);

    // A category filter that leaves few lines draws them all.
    await user.selectOptions(screen.getByLabelText('Category'), 'training');
    await waitFor(() => expect(within(table).getAllByRole('row').filter((row) => row.hasAttribute('aria-rowindex'))).toHaveLength(2));
    expect(table.querySelector('tr.window-spacer')).toBeNull();
  }, 30_000);

  it('pages the vendors of the score grids and keeps a weight change to the weights and the ranking', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    for (let i = 1; i <= 14; i++) {
      await env.client.invoke('vendors.createVendor', {
        fields: { name: `Vendor ${i}`, offeringType: 'general', description: '', pricingModel: 'seat', seatPerMonth: 1_000, usagePerUserMonth: 0, annualFixed: 0, oneOff: 0, certifications: '', vulnerabilities: '', regulatoryNotes: '', contact: '', documents: [] },
      });
    }
    const group = await env.client.invoke('vendors.createGroup', { fields: { name: 'Quality', description: '' } });
    for (const name of ['Accuracy', 'Speed']) {
      await env.client.invoke('vendors.createCriterion', {
        fields: { groupId: group.value.id, name, description: '', scale: '1-5', descriptors: ['', '', '', '', '', ''], direction: 'benefit', mustHave: false, rawWeight: 50 },
      });
    }
    await env.client.invoke('vendors.createEvaluator', { fields: { name: 'Ana', memberId: null, anonymous: true } });
    const user = await open(/Products and vendors/);

    const grid = await screen.findByRole('table', { name: 'Scores of Ana, round 1' });
    const vendorColumns = () => within(grid).getAllByRole('columnheader').slice(1).map((th) => th.textContent);
    expect(vendorColumns()).toHaveLength(12);
    expect(vendorColumns()[0]).toBe('Vendor 1');
    await user.click(screen.getByRole('button', { name: 'Next vendors' }));
    expect(vendorColumns()).toEqual(['Vendor 13', 'Vendor 14']);
    expect(screen.getByRole('combobox', { name: 'Vendors shown' })).toHaveDisplayValue('13–14 of 14: Vendor 13 to Vendor 14');

    // Each score is saved at once; the grid keeps its page.
    await user.selectOptions(within(grid).getByLabelText('Accuracy, Vendor 14'), '5');
    await waitFor(async () => expect((await env.client.invoke('vendors.get', {})).scores).toHaveLength(1));
    await waitFor(() => expect(within(grid).getByLabelText('Accuracy, Vendor 14')).toHaveValue('5'));
    expect(screen.getByText('1 of 28 scored')).toBeInTheDocument();

    const importance = screen.getByLabelText('Importance of Accuracy');
    await user.clear(importance);
    await user.type(importance, '150{Enter}');
    expect(importance).toHaveAttribute('aria-invalid', 'true');
    await user.clear(importance);
    await user.type(importance, '30{Enter}');
    const weightCell = () => importance.closest('td')?.nextElementSibling?.textContent;
    await waitFor(() => expect(weightCell()).toBe('37.5%'));
    const results = screen.getByRole('region', { name: 'Results' });
    await waitFor(() => expect(within(results).getAllByRole('row')[1]).toHaveTextContent('Vendor 14'));
  }, 30_000);
});
