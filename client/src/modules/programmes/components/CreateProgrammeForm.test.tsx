import { ErrorCode, FieldMessage } from '@spilno/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { CreateProgrammeMutation } from '../graphql/programmes';
import { CreateProgrammeForm } from './CreateProgrammeForm';

const INPUT = {
  code: 'KH-RO-2026',
  title: 'Харків — Сібіу',
  summary: null,
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  sides: [
    { name: 'Харківська область', country: 'UA' },
    { name: 'Județul Sibiu', country: 'RO' },
  ],
  currency: 'EUR',
  languages: ['uk', 'en'],
};

function field(name: string): HTMLElement {
  return screen.getByRole('textbox', { name });
}

/** Pastes instead of typing key by key: the form is large and jsdom is slow to re-render it. */
async function fill(user: UserEvent, name: string, value: string) {
  await user.click(field(name));
  await user.paste(value);
}

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseCountry(user: UserEvent, label: string, country: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.paste(country.slice(0, 4));
  await user.click(await screen.findByRole('option', { name: country }));
}

async function fillValidForm(user: UserEvent) {
  await fill(user, 'Code', 'kh-ro-2026');
  await fill(user, 'Title', INPUT.title);
  setDate('Start date', INPUT.startsOn);
  setDate('End date', INPUT.endsOn);
  await fill(user, 'Side 1: region', 'Харківська область');
  await fill(user, 'Side 2: region', 'Județul Sibiu');
  await chooseCountry(user, 'Side 2: country', 'Romania');
}

describe('CreateProgrammeForm', () => {
  it('checks the form before sending anything', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    renderWithProviders(<CreateProgrammeForm onCreated={onCreated} onCancel={vi.fn()} />);

    setDate('Start date', '2014-01-01');
    setDate('End date', '2013-12-31');
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    expect(field('Code')).toHaveAccessibleDescription(/Required/);
    expect(field('Title')).toHaveAccessibleDescription(/Required/);
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(
      /The end is before the start/,
    );
    expect(field('Side 2: region')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Side 2: country' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // Side 1 starts as Ukraine, so only its region is missing.
    expect(screen.getByRole('combobox', { name: 'Side 1: country' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('keeps at least two sides and at most six', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateProgrammeForm onCreated={vi.fn()} onCancel={vi.fn()} />);

    expect(screen.getByRole('button', { name: 'Remove side 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove side 2' })).toBeDisabled();

    const add = screen.getByRole('button', { name: 'Add a side' });
    for (let count = 3; count <= 6; count += 1) await user.click(add);
    expect(field('Side 6: region')).toBeInTheDocument();
    expect(add).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove side 3' }));
    expect(screen.queryByRole('textbox', { name: 'Side 6: region' })).not.toBeInTheDocument();
    expect(add).toBeEnabled();
  });

  it("puts the server's field errors next to the side row they name", async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    renderWithProviders(<CreateProgrammeForm onCreated={onCreated} onCancel={vi.fn()} />, {
      mocks: [
        {
          request: { query: CreateProgrammeMutation, variables: { input: INPUT } },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: {
                  code: ErrorCode.BAD_USER_INPUT,
                  fields: [
                    { field: 'input.code', message: FieldMessage.TAKEN },
                    { field: 'input.sides.1.country', message: FieldMessage.INVALID },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await waitFor(() => expect(field('Code')).toHaveAccessibleDescription(/Already in use/));
    const secondCountry = screen.getByRole('combobox', { name: 'Side 2: country' });
    expect(secondCountry).toHaveAttribute('aria-invalid', 'true');
    expect(secondCountry).toHaveAccessibleDescription('Invalid value');
    expect(screen.getByRole('combobox', { name: 'Side 1: country' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('hands the new programme over once created', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    renderWithProviders(<CreateProgrammeForm onCreated={onCreated} onCancel={vi.fn()} />, {
      mocks: [
        {
          request: { query: CreateProgrammeMutation, variables: { input: INPUT } },
          result: {
            data: {
              createProgramme: { id: 'programme-9', code: INPUT.code, title: INPUT.title },
            },
          },
        },
      ],
    });

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'programme-9' })),
    );
  });
});
