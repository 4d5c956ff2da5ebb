export { templateCsv } from '../ingest/portfolio';
