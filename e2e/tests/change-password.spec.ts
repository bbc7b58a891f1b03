import { demoAccounts, uniqueEmail } from '../fixtures/accounts';
import { expect, test } from '../fixtures/test';

test.describe('changing the password', () => {
  test('a new user changes the initial password and signs in with the new one', async ({
    signInAs,
    signInPage,
    appShell,
    usersPage,
  }) => {
    // A user of its own, so the demo accounts keep their passwords for every other test.
    const user = {
      email: uniqueEmail('e2e.password'),
      name: 'Тарас Тестовий',
      role: 'OBSERVER' as const,
      password: 'initial-pass-2026',
    };
    const newPassword = 'changed-pass-2026';

    await signInAs(demoAccounts.admin);
    await usersPage.goto();
    await usersPage.createUser(user);
    await appShell.signOut();
    await signInPage.expectShown();

    await signInAs(user);
    const dialog = await appShell.openChangePassword();
    await dialog.change(user.password, newPassword);
    await dialog.expectChanged();
    await dialog.close();
    await appShell.signOut();

    await signInPage.expectShown();
    await signInPage.signIn(user);
    await expect(signInPage.wrongCredentials).toBeVisible();

    await signInPage.password.fill(newPassword);
    await signInPage.submit.click();
    await appShell.expectSignedIn();
  });
});
