import { ErrorCode, FieldMessage, Role } from '@spilno/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { COORDINATOR_CAN } from '../../../test/abilities';
import { renderWithProviders } from '../../../test/render';
import { SignInMutation } from '../graphql/auth';
import { SignInForm } from './SignInForm';

const EMAIL = 'coordinator@spilno.test';
const PASSWORD = 'not-the-password';

function signInFails(extensions: Record<string, unknown>) {
  return {
    request: { query: SignInMutation, variables: { email: EMAIL, password: PASSWORD } },
    result: { errors: [new GraphQLError('Sign-in failed', { extensions })] },
  };
}

async function submit(email = EMAIL, password = PASSWORD) {
  const user = userEvent.setup({ delay: null });
  if (email) await user.type(screen.getByLabelText(/E-mail/), email);
  if (password) await user.type(screen.getByLabelText(/Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('shows one generic message for wrong credentials', async () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [signInFails({ code: ErrorCode.UNAUTHENTICATED })],
    });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail or password.');
  });

  it('tells a rate-limited user to try later', async () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [signInFails({ code: ErrorCode.RATE_LIMITED })],
    });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(/try again later/i);
  });

  it('shows server field errors next to the field they concern', async () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [
        signInFails({
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ field: 'email', message: FieldMessage.TOO_LONG }],
        }),
      ],
    });
    await submit();
    const email = screen.getByLabelText(/E-mail/);
    expect(await screen.findByText('Too long')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Too long');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks required fields before asking the server', async () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    await submit('', '');
    expect(screen.getAllByText('Required')).toHaveLength(2);
  });

  it('hands the signed-in user over', async () => {
    const onSignedIn = vi.fn();
    const signedIn = {
      __typename: 'User',
      id: 'u1',
      email: EMAIL,
      name: 'Olena Koval',
      role: Role.COORDINATOR,
      organisation: null,
      viewerCan: { __typename: 'UserAbilities', ...COORDINATOR_CAN },
    };
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        {
          request: { query: SignInMutation, variables: { email: EMAIL, password: PASSWORD } },
          result: { data: { signIn: signedIn } },
        },
      ],
    });
    await submit();
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(signedIn));
  });
});
