import * as z from 'zod/mini';

/** Client-generated UUIDv4 (v7 would leak creation time). */
export const idSchema = z.uuid({ version: 'v4' });
export type Id = z.infer<typeof idSchema>;

/** A calendar day, `YYYY-MM-DD`, no time zone. */
export const daySchema = z.iso.date();
export type Day = z.infer<typeof daySchema>;

/** An instant, ISO 8601 with `Z`. */
export const instantSchema = z.iso.datetime();
export type Instant = z.infer<typeof instantSchema>;

export const shortTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
export const longTextSchema = z.string().check(z.maxLength(20_000));
export const optionalText = (max = 200) => z.nullable(z.string().check(z.maxLength(max)));

/** Members for whom an item or field is withheld by a professional. Only professionals receive it. */
export const memberIdListSchema = z.array(idSchema).check(z.maxLength(100));

/**
 * A professional's decision to withhold an item from one member (JW 7.3.2: only when it would clearly
 * cause serious harm), with the reason. Only professionals receive it; the member sees nothing.
 */
export const withheldSchema = z.object({
  memberId: idSchema,
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
});
export type Withheld = z.infer<typeof withheldSchema>;
export const withheldListSchema = z.array(withheldSchema).check(z.maxLength(100));
