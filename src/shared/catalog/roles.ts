import * as z from 'zod/mini';

/**
 * The organisations and people a family meets. Texts (what they do, what they may decide, a youth
 * version) live in locales/<lng>/roles.json under the same keys; here only the keys and grouping.
 */
export const roleKeys = [
  'wijkteam',
  'veilig-thuis',
  'raad',
  'gi',
  'kinderrechter',
  'advocaat',
  'bijzondere-curator',
  'pleegzorg',
  'jeugdhulp',
  'vertrouwenspersoon',
  'school',
  'huisarts',
  'politie',
  'other',
] as const;
export const roleKeySchema = z.enum(roleKeys);
export type RoleKey = z.infer<typeof roleKeySchema>;

/** Groups for the "praatplaat": one picture of who you meet and what each is there for. */
export const roleGroups = ['help', 'safety', 'court', 'support', 'daily-life'] as const;
export type RoleGroup = (typeof roleGroups)[number];

export const roleGroupOf: Record<RoleKey, RoleGroup> = {
  wijkteam: 'help',
  jeugdhulp: 'help',
  pleegzorg: 'help',
  'veilig-thuis': 'safety',
  raad: 'safety',
  gi: 'safety',
  politie: 'safety',
  kinderrechter: 'court',
  advocaat: 'court',
  'bijzondere-curator': 'court',
  vertrouwenspersoon: 'support',
  school: 'daily-life',
  huisarts: 'daily-life',
  other: 'daily-life',
};
