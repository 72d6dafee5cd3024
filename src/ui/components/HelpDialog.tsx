import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../hooks/useModalDialog';

/**
 * The keyboard shortcuts, in a modal dialog. It is mounted only while open; the native `<dialog>`
 * traps focus and closes on Escape, and focus goes back where it was when the dialog closes.
 */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useModalDialog(ref);

  const shortcuts: { keys: string[]; action: string }[] = [
    { keys: ['j', 'n'], action: t('help.next') },
    { keys: ['k', 'p'], action: t('help.previous') },
    { keys: [t('help.keyEscape')], action: t('help.close') },
    { keys: ['?'], action: t('help.help') },
    { keys: [t('help.keyTab')], action: t('help.tab') },
    { keys: [t('help.keyEnter')], action: t('help.enter') },
  ];

  return (
    <dialog ref={ref} className="modal-dialog help-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <dl className="shortcut-list">
        {shortcuts.map(({ keys, action }) => (
          <div key={action} className="shortcut-list__item">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="shortcut-list__or"> {t('help.or')} </span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="help-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('help.dismiss')}
        </button>
      </div>
    </dialog>
  );
}
