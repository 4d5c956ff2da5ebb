export { templateCsv } from '../ingest/portfolio/read';
