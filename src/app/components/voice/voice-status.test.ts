import { describe, expect, it } from 'vitest';
import type { Perspective, Reply } from '../../../shared/domain';
import type { VoiceItem } from '../../../data/repos/voice-repo';
import { readReceipts, voiceState } from './voice-status';

const author = '00000000-0000-4000-8000-000000000001';
const pro = '00000000-0000-4000-8000-000000000002';
const at = '2026-05-01T09:00:00.000Z';
const perspective = (extra: Partial<Perspective> = {}): Perspective => ({
  id: '00000000-0000-4000-8000-000000000010',
  caseId: '00000000-0000-4000-8000-000000000000',
  authorMemberId: author,
  subject: { type: 'case', id: '00000000-0000-4000-8000-000000000000' },
  stance: 'outdated',
  text: 'Niet meer zo.',
  houses: null,
  audience: 'professionals',
  correctionStatus: 'open',
  correctionReason: null,
  readBy: [],
  withdrawn: false,
  createdAt: at,
  updatedAt: at,
  ...extra,
});
const reply = (by: string): Reply => ({
  id: '00000000-0000-4000-8000-000000000020',
  caseId: '00000000-0000-4000-8000-000000000000',
  perspectiveId: '00000000-0000-4000-8000-000000000010',
  authorMemberId: by,
  text: 'Antwoord',
  createdAt: at,
});
const item = (extra: Partial<VoiceItem> = {}): VoiceItem => ({
  perspective: perspective(),
  pending: false,
  replies: [],
  ...extra,
});

describe('where my contribution stands', () => {
  it('goes from not sent to sent, read, answered and changed or kept', () => {
    expect(voiceState(item({ pending: true }))).toBe('pending');
    expect(voiceState(item())).toBe('sent');
    expect(voiceState(item({ perspective: perspective({ readBy: [author] }) }))).toBe('sent');
    expect(voiceState(item({ perspective: perspective({ readBy: [pro] }) }))).toBe('read');
    expect(voiceState(item({ replies: [reply(author)] }))).toBe('sent');
    expect(voiceState(item({ replies: [reply(pro)] }))).toBe('answered');
    expect(voiceState(item({ perspective: perspective({ correctionStatus: 'corrected' }) }))).toBe(
      'corrected',
    );
    expect(voiceState(item({ perspective: perspective({ correctionStatus: 'kept' }) }))).toBe('kept');
  });

  it('a write still on the device is not sent, whatever the row says', () => {
    expect(voiceState(item({ pending: true, perspective: perspective({ correctionStatus: 'kept' }) }))).toBe(
      'pending',
    );
  });

  it('read receipts name the reader and the moment when the server knows it', () => {
    const read = item({
      perspective: perspective({
        readBy: [author, pro],
        readLog: [{ memberId: pro, at: '2026-05-02T10:00:00.000Z' }],
      }),
    });
    expect(readReceipts(read, [])).toEqual([
      { memberId: pro, member: undefined, at: '2026-05-02T10:00:00.000Z' },
    ]);
  });
});
