import { useTranslation } from 'react-i18next';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { EndContact } from './end-contact';
import { InvolvementForm } from './involvement-form';

/** Add someone involved (…/betrokken/nieuw) or change one (…/betrokken/:involvementId). */
export function InvolvementFormPage() {
  const { t } = useTranslation('proinvolved');
  const { caseId, involvementId } = useProParams();
  const rows = useCaseRows(caseId);
  const involvement = involvementId ? rows?.involvements.find((i) => i.id === involvementId) : undefined;
  const name = involvement ? involvement.personName || involvement.organisation : '';
  const title = involvementId ? t('edit.title', { name }) : t('add.title');
  return (
    <CaseFrame caseId={caseId} rows={rows} title={title}>
      {({ members }) => {
        if (involvementId && !involvement) return <p>{t('edit.missing')}</p>;
        return (
          <>
            <InvolvementForm
              key={involvementId ?? 'new'}
              caseId={caseId}
              members={members}
              involvement={involvement}
            />
            {involvement && <EndContact involvement={involvement} name={name} />}
          </>
        );
      }}
    </CaseFrame>
  );
}
