/**
 * Stands opposite a paragraph that has no counterpart, so that the gap reads as a finding, not a
 * glitch. Its words come from the row, which has them for every empty cell of the texts at once.
 */
export function EmptyCell({ label }: { label: string }) {
  return <p className="empty-cell">{label}</p>;
}
