/**
 * The i18next context for texts with a simpler variant for young people (`what` and `what_youth`):
 * `t(key, youth(isYouth))` picks `_youth` when the member is a youth, and the plain key otherwise.
 */
export const youth = (isYouth: boolean): { context?: 'youth' } => (isYouth ? { context: 'youth' } : {});
