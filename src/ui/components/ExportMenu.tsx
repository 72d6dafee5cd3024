import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, isoDayOf, type ExportFormat } from '../../core/export/index';
import { countFindings, filterByKind } from '../../core/findings/index';
import type { Comparison, ReadingMode, FindingKind } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';

export interface ExportMenuProps {
  readonly comparison: Comparison;
  /** The kinds the legend shows, for "only what is shown". */
  readonly shownKinds: ReadonlySet<FindingKind>;
  /** The reports are written in the interface language. */
  readonly uiLang: UiLang;
  /** The HTML report shows the texts as the reader is reading them. */
  readonly readingMode: ReadingMode;
}

/**
 * The Export menu: a disclosure button that opens the six formats and the "only what is shown"
 * choice; choosing a format downloads the file. The writers load on first use, so the first view
 * does not carry them; the HTML report follows the reading mode, with its translations. Escape closes the menu and gives focus back to its button, as an export
 * does; a click elsewhere closes it too.
 */
export function ExportMenu({ comparison, shownKinds, uiLang, readingMode }: ExportMenuProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [onlyShown, setOnlyShown] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Counted as the summary counts them: a rejected finding is exported, struck through, but counted apart.
  const shownCount = countFindings(filterByKind(comparison.relations, shownKinds)).total;
  const totalCount = countFindings(comparison.relations).total;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault(); // the reading view's own Escape (close the finding) stays out of it
    close();
  };

  const exportAs = async (format: ExportFormat) => {
    try {
      // Loads on first use: most readers never export.
      const { exportComparison } = await import('../exportComparison');
      const file = await exportComparison(comparison, format, {
        lang: uiLang,
        readingMode,
        exportedOn: isoDayOf(new Date()),
        kinds: onlyShown ? shownKinds : null,
      });
      setStatus(t('export.done', { file: file.fileName }));
      close();
    } catch (error) {
      console.error(error);
      setStatus(t('export.failed'));
    }
  };

  return (
    <div className="export-menu" ref={rootRef} onKeyDown={closeOnEscape}>
      <button ref={buttonRef} type="button" className="button export-menu__button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('export.button')}
        <span aria-hidden="true" className="export-menu__caret" />
      </button>
      <div id={`${id}-panel`} className="export-menu__panel" role="group" aria-label={t('export.label')} hidden={!open}>
        <ul className="export-menu__list">
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button type="button" className="export-menu__item" aria-labelledby={`${id}-${format}`} aria-describedby={`${id}-${format}-hint`} onClick={() => void exportAs(format)}>
                <span id={`${id}-${format}`} className="export-menu__name">
                  {t(`export.format.${format}`)}
                </span>
                <span id={`${id}-${format}-hint`} className="export-menu__hint">
                  {t(`export.hint.${format}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <label className="export-menu__only">
          <input type="checkbox" checked={onlyShown} onChange={(event) => setOnlyShown(event.currentTarget.checked)} />
          {t('export.onlyShown', { shown: shownCount, total: totalCount })}
        </label>
      </div>
      {/* A live region without the status role, which the page keeps for what it shows (an unknown finding). */}
      <p aria-live="polite" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
