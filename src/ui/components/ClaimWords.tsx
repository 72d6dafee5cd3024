import type { ReactNode } from 'react';

export interface ClaimWordsProps {
  readonly text: string;
  /** The kind's mark, for the piece that starts a quote; null for the pieces that continue one. */
  readonly mark: ReactNode;
  /** How many findings share the words: from two on, their number stands beside them. */
  readonly findings: number;
}

/** A claim's words, with its kind's mark where the quote starts and the number of findings that share them. */
export function ClaimWords({ text, mark, findings }: ClaimWordsProps) {
  const [, lead = '', rest = ''] = /^(\S*)([\s\S]*)$/.exec(text) ?? [];
  return (
    <>
      {mark === null ? (
        text
      ) : (
        <>
          {/* The glyph keeps to the first word, so that a line never ends on a lone glyph. */}
          <span className="claim__lead">
            {mark}
            {lead}
          </span>
          {rest}
        </>
      )}
      {findings > 1 && (
        <sup className="claim__count" aria-hidden="true" data-ornament="">
          {findings}
        </sup>
      )}
    </>
  );
}
