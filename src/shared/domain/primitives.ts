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

/**
 * Bidirectional control characters (embeddings, overrides, isolates, marks) can make a name or text
 * read differently from what it is (“Trojan Source”): they are removed from every text and name
 * before it is checked or stored (issue 13 row 17). Arabic and Hebrew text needs none of them.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const stripBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');
const noBidi = z.overwrite(stripBidiControls);

export const shortTextSchema = z.string().check(noBidi, z.trim(), z.minLength(1), z.maxLength(200));
export const longTextSchema = z.string().check(noBidi, z.maxLength(20_000));
export const optionalText = (max = 200) => z.nullable(z.string().check(noBidi, z.maxLength(max)));

/**
 * One plain e-mail address: it becomes a `mailto:` link, so nothing that would add recipients or
 * parameters (`?`, `&`, `,`, `;`, spaces) may be in it.
 */
export const PLAIN_EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
export const emailSchema = z.nullable(z.string().check(z.trim(), z.maxLength(200), z.regex(PLAIN_EMAIL)));

/** A phone number as people write it; no URL syntax, as it becomes a `tel:` link. */
export const phoneSchema = z.nullable(
  z.string().check(noBidi, z.maxLength(40), z.regex(/^[^?&;=#,:@/\\<>"]*$/)),
);

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
