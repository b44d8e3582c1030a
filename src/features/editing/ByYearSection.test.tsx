import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorTests, openSection, row } from './testEditor';

editorTests();

describe('by-year section', () => {
  it('offers the years of the period and warns about a year outside it', async () => {
    const { user, section: byYear } = await openSection('Pre-financing and co-financing by year');
    expect(byYear).toHaveTextContent('The period covers 2017, 2018, 2019.');
    // WIR's co-financing has 2018 and 2019: the missing year is offered.
    await user.click(within(byYear).getAllByRole('button', { name: 'Add the period’s years (2017)' })[1]!);
    expect(within(row(byYear, 'Co-financing, row 3')).getByLabelText('Year')).toHaveValue('2017');
    const year = within(row(byYear, 'Co-financing, row 1')).getByLabelText('Year');
    await user.clear(year);
    await user.type(year, '2021');
    expect(await within(byYear).findByText('Year 2021 is outside the implementation period.')).toBeInTheDocument();
    await user.clear(year);
    await user.type(year, '20x1');
    await user.click(within(byYear.ownerDocument.body).getByRole('button', { name: 'Save project' }));
    expect(year).toHaveAccessibleDescription('A year, e.g. 2019.');
  });
});
