import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getProject } from '../../db/portfolioRepository';
import { addRow, editorTests, openSection, row } from './testEditor';

editorTests();

describe('budget section', () => {
  it('shows stored cents as plain amounts and stores what people type as cents', async () => {
    const { user, router, section: budget } = await openSection('Budget and payments');
    const council = within(budget).getByLabelText('Council budget');
    expect(council).toHaveValue('14600');
    await user.clear(council);
    await user.paste('14 600,50 €');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/small'));
    expect((await getProject('small'))?.budget.councilBudget).toBe(1460050);
  });

  it('refuses a negative amount beside its field, keeps the text and focuses it', async () => {
    const { user, router, section: budget } = await openSection('Budget and payments');
    const eu = within(budget).getByLabelText('EU co-financing');
    await user.clear(eu);
    await user.paste('-9800');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 field needs attention; it has the focus.');
    expect(eu).toHaveFocus();
    expect(eu).toHaveValue('-9800');
    expect(eu).toHaveAccessibleDescription(/Not an amount: write euros such as 10 080/);
    expect(router.state.location.pathname).toBe('/projects/small/edit');
    expect((await getProject('small'))?.revision).toBe(1);
  });

  it('warns while typing when the payments no longer add up, without blocking', async () => {
    const { user, section: budget } = await openSection('Budget and payments');
    const amount = within(row(budget, 'Payment 2')).getByLabelText('Amount');
    await user.clear(amount);
    await user.paste('5000');
    expect(await within(budget).findByText('Payments add up to €8,920.00, but EU co-financing is €9,800.00.')).toBeInTheDocument();
  });

  it('adds, moves and removes payment rows with buttons, keeping the focus useful', async () => {
    const { user, section: budget } = await openSection('Budget and payments');
    const third = await addRow(user, budget, '+ Add payment', 'Payment 3');
    expect(within(third).getByLabelText('Payment')).toHaveFocus();
    await user.selectOptions(within(third).getByLabelText('Payment'), 'interim');
    await user.click(within(third).getByRole('button', { name: 'Move Payment 3 up' }));
    expect(within(row(budget, 'Payment 2')).getByLabelText('Payment')).toHaveValue('interim');
    expect(within(row(budget, 'Payment 2')).getByRole('button', { name: 'Move Payment 2 up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(row(budget, 'Payment 1')).getByLabelText('Payment')).toHaveValue('interim');
    // At the top, "up" is disabled: the focus moves to "down".
    expect(within(row(budget, 'Payment 1')).getByRole('button', { name: 'Move Payment 1 down' })).toHaveFocus();
    await user.click(within(row(budget, 'Payment 1')).getByRole('button', { name: 'Remove Payment 1' }));
    expect(within(budget).queryByRole('group', { name: 'Payment 3' })).not.toBeInTheDocument();
    expect(within(row(budget, 'Payment 1')).getByLabelText('Payment')).toHaveValue('advance');
  });
});
