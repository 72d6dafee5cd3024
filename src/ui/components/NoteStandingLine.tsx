import { useTranslation } from 'react-i18next';
import type { NoteStanding } from '../../core/model/index';

/**
 * Says, under a note, when it does not stand as its author wrote it for the finding as it is: the
 * reader wrote it ("Edited by you."), or it was written before the reader changed the finding and
 * may no longer hold. Draws nothing for a note that stands as written.
 */
export function NoteStandingLine({ standing, id }: { standing: NoteStanding | null; id?: string }) {
  const { t } = useTranslation('compare');
  if (standing === null) return null;
  return <p id={id} className={`note-standing note-standing--${standing}`}>{t(`noteStanding.${standing}`)}</p>;
}
