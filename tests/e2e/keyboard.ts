import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would, and checks the
 * focus can be seen there: an outline that is drawn and not hidden behind the fixed bars.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await handle!.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page, target);
      return;
    }
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
}

async function expectVisibleFocus(page: Page, target: Locator) {
  const focus = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      // Not covered by the sticky safety bar or the bottom menu (WCAG 2.4.11).
      onTop: middle !== null && (el === middle || el.contains(middle) || middle.contains(el)),
    };
  });
  expect(focus, `visible focus on ${target.toString()}`).toEqual({ outline: true, onTop: true });
  await expect(target).toBeInViewport();
}
