import type { Audience, Stance } from '../../../shared/domain';

/** The longest text the server accepts (longTextSchema in src/shared/domain/primitives.ts). */
export const MAX_TEXT = 20_000;

export interface VoiceValues {
  stance: Stance | null;
  text: string;
  audience: Audience;
}

export type VoiceErrors = Partial<{ stance: 'noStance'; text: 'empty' | 'tooLong' }>;

/** Plain checks before anything is saved; the server checks the same again. */
export function validateVoice(values: VoiceValues): VoiceErrors {
  const errors: VoiceErrors = {};
  if (!values.stance) errors.stance = 'noStance';
  const text = values.text.trim();
  if (text === '') errors.text = 'empty';
  else if (text.length > MAX_TEXT) errors.text = 'tooLong';
  return errors;
}

export const choiceStances = ['agree', 'partly', 'disagree'] as const;
export const correctionStances = ['incorrect', 'outdated'] as const;
