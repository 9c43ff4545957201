import { expect, test } from '@playwright/test';
import { todayInNl } from '../../src/shared/catalog/dates';
import { buildDemoFamily, demoIds } from '../../src/server/demo/demo-family';
import { logInAs } from './log-in-as';
import { EventsPage } from './pages/events-page';
import { HomePage } from './pages/home-page';

/**
 * Appointments are in Dutch time wherever the phone is (bug b: the overview printed the phone's time,
 * Afspraken Dutch time: 14:00 against 15:00 on a UTC phone). Both screens must say the Dutch hour, on a
 * phone set to UTC and on one set to Tokyo.
 */
for (const timezoneId of ['UTC', 'Asia/Tokyo']) {
  test.describe(`a phone set to ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('shows the same Dutch time for the next appointment on the overview and on Afspraken', async ({
      page,
    }) => {
      await logInAs(page, 'naima');
      const when = new HomePage(page).nextAppointment().locator('.home-event__when');
      await expect(when).toBeVisible();
      const onOverview = (await when.textContent())!.trim();

      const events = new EventsPage(page);
      await events.open();
      const card = events.event('Huisbezoek van Joyce bij Naima');
      await expect(card).toBeVisible();
      await expect(card).toContainText(onOverview);

      // And that time is the Dutch one, whatever the phone's own zone says.
      const visit = buildDemoFamily(todayInNl()).events.find((e) => e.id === demoIds.events.homeVisitNaima)!;
      const dutch = new Intl.DateTimeFormat('nl-NL', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(visit.startsAt));
      expect(onOverview).toContain(dutch);
    });
  });
}
