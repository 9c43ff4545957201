import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInvitationResponse } from '../../../shared/api/invitations';
import { useDateFormat } from '../../i18n/format-date';
import { QrCode } from './qr-code';

/** What the professional shows or reads out at a home visit: link, code, expiry and a QR code. */
export function InvitationCard({ invitation, name }: { invitation: CreateInvitationResponse; name: string }) {
  const { t } = useTranslation('promember');
  const format = useDateFormat();
  const [copied, setCopied] = useState(false);
  const code = `${invitation.code.slice(0, 3)} ${invitation.code.slice(3)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className="invitation-card" aria-labelledby="invitation-title">
      <h2 id="invitation-title">{t('invite.ready', { name })}</h2>
      <div className="invitation-card__grid">
        <div>
          <p className="invitation-card__label" id="invitation-code-label">
            {t('invite.code')}
          </p>
          <p className="invitation-card__code" aria-labelledby="invitation-code-label">
            {code}
          </p>
          <p>{t('invite.codeHow')}</p>
          <div className="field">
            <label htmlFor="invitation-link">{t('invite.link')}</label>
            <input
              id="invitation-link"
              readOnly
              value={invitation.link}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p className="pro-actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('invite.copy')}
            </button>
            <span role="status">{copied ? t('invite.copied') : ''}</span>
          </p>
          <p>{t('invite.expires', { date: format.day(invitation.expiresAt.slice(0, 10)) })}</p>
        </div>
        <figure className="invitation-card__qr">
          <QrCode text={invitation.link} label={t('invite.qrLabel', { name })} />
          <figcaption>{t('invite.qrHow')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
