import { DecisionDetailView } from '../../routes/decisions/decision-detail';
import '../../styles/decisions.css';

// Loaded only when a preview opens: the family's page parts stay out of the console's own chunk,
// and out of the list of files the family's first download names for it (chunk-graph.test.ts).
export default DecisionDetailView;
