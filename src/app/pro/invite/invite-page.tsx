import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../data/api/api-error';
import { createInvitation, revokeInvitation } from '../../../data/api/pro-api';
import type { CreateInvitationResponse } from '../../../shared/api/invitations';
import type { Member } from '../../../shared/domain';
import { CaseFrame } from '../components/case-frame';
import { AccessText, useMemberAccess } from '../components/member-access';
import { useCaseRows, useProParams } from '../components/use-case';
import { InvitationCard } from './invitation-card';

/**
 * Inviting one family member (SECURITY.md B1): the link, the 6-digit code and the expiry, large
 * and as a QR code, shown once (the server keeps only hashes). A new invitation replaces the old;
 * revoking stops the link. Online only.
 */
export function InvitePage() {
  const { t } = useTranslation('promember');
  const { caseId, memberId = '' } = useProParams();
  const rows = useCaseRows(caseId);
  const member = rows?.members.find((m) => m.id === memberId);
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('invite.title', { name: member?.displayName ?? '' })}>
      {() =>
        member && member.role !== 'professional' && !member.endedOn ? (
          <Invite caseId={caseId} member={member} />
        ) : (
          <p>{t('edit.missing')}</p>
        )
      }
    </CaseFrame>
  );
}

function Invite({ caseId, member }: { caseId: string; member: Member }) {
  const { t } = useTranslation(['promember', 'errors']);
  const access = useMemberAccess(caseId);
  const [invitation, setInvitation] = useState<CreateInvitationResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state =
    access.result.state === 'ready'
      ? access.result.data.find((a) => a.memberId === member.id)?.state
      : undefined;

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(t(`errors:${isApiError(error) ? error.code : 'internal'}`));
    } finally {
      setBusy(false);
      access.reload();
    }
  }
  const invite = () => run(async () => setInvitation(await createInvitation(caseId, member.id)));
  const revoke = () =>
    run(async () => {
      await revokeInvitation(caseId, member.id);
      setInvitation(null);
    });

  return (
    <>
      <p className="pro-lead">
        <AccessText access={access.result} memberId={member.id} />
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {state === 'active' ? (
        <p>{t('invite.hasLogin', { name: member.displayName })}</p>
      ) : (
        <>
          <p>{t('invite.how', { name: member.displayName })}</p>
          {invitation && <InvitationCard invitation={invitation} name={member.displayName} />}
          <div className="pro-actions">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy}
              onClick={() => void invite()}
            >
              {invitation || state === 'invited' || state === 'expired'
                ? t('invite.again')
                : t('invite.create')}
            </button>
            {(invitation || state === 'invited') && (
              <button type="button" className="button" aria-disabled={busy} onClick={() => void revoke()}>
                {t('invite.revoke')}
              </button>
            )}
          </div>
          {state === 'invited' && !invitation && <p>{t('invite.codeShownOnce')}</p>}
        </>
      )}
    </>
  );
}
