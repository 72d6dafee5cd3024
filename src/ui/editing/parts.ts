/**
 * The editing interface, loaded as one chunk once the app has a comparison to edit
 * (useEditingParts.ts): the first view's script carries none of it, nor its words or styles.
 */
import '../styles/editing.css';

export { EditingTools } from './EditingTools';
export { FindingEditor } from './FindingEditor';
export { rowEditing } from './RowControls';
