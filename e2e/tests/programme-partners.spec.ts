import { demoAccounts } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';
import { ProgrammeCreatePage } from '../pages/ProgrammeCreatePage';
import { ProgrammePage } from '../pages/ProgrammePage';

test.describe('programmes and partners', () => {
  test(
    'a coordinator creates a programme with two sides and adds a partner on each',
    { tag: '@phone' },
    async ({ page, signInAs }) => {
      // A code of its own, so the test can run again against the same data.
      const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
      const title = 'Харківщина — Сібіу: спільне просторове планування';
      await signInAs(demoAccounts.coordinator);

      const form = new ProgrammeCreatePage(page);
      await form.openFromList();
      await form.fill({
        code,
        title,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        sides: [
          { name: 'Харківська область', country: 'UA' },
          { name: 'Județul Sibiu', country: 'RO' },
        ],
      });
      await form.submit();

      const programme = new ProgrammePage(page);
      await expect(page).toHaveURL(/\/programmes\/[^/]+$/);
      await expect(programme.heading(title)).toBeVisible();
      await expect(page.getByRole('main')).toContainText(code);
      await expect(page.getByRole('main')).toContainText(t('enums.ProgrammeStatus.DRAFT'));

      await programme.openTab('partners');
      await expect(page).toHaveURL(/\/programmes\/[^/]+\/partners$/);
      await programme.addPartner({
        search: 'Харківська обласна',
        option: 'Харківська обласна рада (UA)',
        role: 'LEAD',
      });
      await programme.addPartner({
        search: 'Sibiu',
        option: 'Consiliul Județean Sibiu (RO)',
        role: 'PARTNER',
      });

      const ukraine = programme.sideTable('Харківська область (Україна)');
      const romania = programme.sideTable('Județul Sibiu (Румунія)');
      await expect(
        ukraine.getByRole('row').filter({ hasText: 'Харківська обласна рада' }),
      ).toContainText(t('enums.PartnerRole.LEAD'));
      await expect(
        romania.getByRole('row').filter({ hasText: 'Consiliul Județean Sibiu' }),
      ).toContainText(t('enums.PartnerRole.PARTNER'));

      // The tab is part of the address, so a reload lands on the same tab with the same data.
      await page.reload();
      await expect(programme.tab('partners')).toHaveAttribute('aria-selected', 'true');
      await expect(
        romania.getByRole('row').filter({ hasText: 'Consiliul Județean Sibiu' }),
      ).toBeVisible();
    },
  );
});
