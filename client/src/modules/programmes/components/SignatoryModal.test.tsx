import { localToday } from '@spilno/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { SignatoryModal } from './SignatoryModal';

describe('SignatoryModal', () => {
  it('offers no signing date after today and refuses one typed in', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignatoryModal programmeId="programme-1" onClose={() => undefined} />);
    const date = await screen.findByLabelText('Date signed');
    expect(date).toHaveAttribute('max', localToday());
    await user.type(screen.getByRole('textbox', { name: /^Person/ }), 'Олена Петренко');
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Add a signatory' }));
    expect(await screen.findByText('Cannot be later than today')).toBeInTheDocument();
  });
});
