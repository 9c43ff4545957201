/** Today in the Netherlands as `YYYY-MM-DD`: ages and the demo's dates are counted from it. */
export const todayInNetherlands = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
