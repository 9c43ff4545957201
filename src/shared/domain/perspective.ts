import * as z from 'zod/mini';
import {
  idSchema,
  instantSchema,
  longTextSchema,
  memberIdListSchema,
  withheldListSchema,
} from './primitives';

export const subjectTypes = ['case', 'decision', 'statement', 'involvement', 'event'] as const;
export const subjectSchema = z.object({ type: z.enum(subjectTypes), id: idSchema });
export type Subject = z.infer<typeof subjectSchema>;

export const stances = [
  'agree',
  'partly',
  'disagree',
  'incorrect',
  'outdated',
  'story',
  'three-houses',
] as const;
export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;

export const audiences = ['everyone', 'professionals', 'private'] as const;
export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

/** Incorrect/outdated perspectives are correction requests the professional must answer. */
export const correctionStatuses = ['open', 'corrected', 'kept'] as const;
export const correctionStatusSchema = z.enum(correctionStatuses);

export const threeHousesSchema = z.object({
  worries: longTextSchema,
  goodThings: longTextSchema,
  dreams: longTextSchema,
});

/** An earlier wording of a perspective, kept by the server when its author rewrites it. */
export const perspectiveRevisionSchema = z.object({
  text: longTextSchema,
  houses: z.nullable(threeHousesSchema),
  replacedAt: instantSchema,
});
export type PerspectiveRevision = z.infer<typeof perspectiveRevisionSchema>;

/** Who read it and when (the server's clock); `readBy` stays the plain list of ids. */
export const readReceiptSchema = z.object({ memberId: idSchema, at: instantSchema });

/** The family's voice on a case, decision, reason, person or event. */
export const perspectiveSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  authorMemberId: idSchema,
  subject: subjectSchema,
  stance: stanceSchema,
  text: longTextSchema,
  houses: z.nullable(threeHousesSchema),
  audience: audienceSchema,
  correctionStatus: z.nullable(correctionStatusSchema),
  correctionReason: z.nullable(longTextSchema),
  readBy: z.array(idSchema),
  readLog: z.optional(z.array(readReceiptSchema)),
  /** Earlier versions, oldest first; only the author and professionals receive them. */
  history: z.optional(z.array(perspectiveRevisionSchema)),
  /** When a professional answered the correction request. */
  resolvedAt: z.optional(z.nullable(instantSchema)),
  /** Resolved as corrected: the `replacedAt` of the reason's revision that holds the old text. */
  correctedRevisionAt: z.optional(z.nullable(instantSchema)),
  withdrawn: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** A youth of 12–15's objection to a parent seeing it, recorded by the professional. */
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
});
export type Perspective = z.infer<typeof perspectiveSchema>;

export const isCorrectionRequest = (stance: Stance) => stance === 'incorrect' || stance === 'outdated';
