import * as z from 'zod/mini';

/**
 * What a professional does on a case team (the case team of issue 10). Texts live in
 * locales/<lng>/proteam.json under `role.<key>`.
 */
export const teamRoles = ['jeugdbeschermer', 'gedragswetenschapper', 'teamleider', 'other'] as const;
export const teamRoleSchema = z.enum(teamRoles);
export type TeamRole = z.infer<typeof teamRoleSchema>;
